package io.taskguard.application.service;

import io.taskguard.application.config.RetentionAges;
import io.taskguard.application.port.in.RetentionUseCase;
import io.taskguard.application.port.out.RecordPurge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** One retention run: under the purge lock, each kind of record older than its age goes. */
@ApplicationScoped
@Transactional
public class RetentionService implements RetentionUseCase {

  private final RecordPurge purge;
  private final RetentionAges ages;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected RetentionService() {
    this(null, null, null);
  }

  @Inject
  public RetentionService(RecordPurge purge, RetentionAges ages, Clock clock) {
    this.purge = purge;
    this.ages = ages;
    this.clock = clock;
  }

  @Override
  public Optional<Purged> purge() {
    if (!purge.lockForThisTransaction()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return Optional.of(
        new Purged(
            purge.sessionsEndedBefore(now.minus(ages.sessions())),
            purge.tokensDoneBefore(now.minus(ages.tokens())),
            purge.throttleIdleSince(now.minus(ages.throttle())),
            purge.mailDoneBefore(now.minus(ages.mail())),
            purge.auditBefore(now.minus(ages.audit()))));
  }
}
