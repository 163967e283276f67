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

/**
 * One retention batch: under the purge lock, at most {@link #BATCH} rows of each table older than
 * their age go, in one short transaction, so that purging a backlog of millions of rows never holds
 * row locks or the purge lock for more than a moment while people use the service.
 */
@ApplicationScoped
@Transactional
public class RetentionService implements RetentionUseCase {

  /** Rows of one table removed per batch: each delete then takes well under a second. */
  public static final int BATCH = 5_000;

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
    int limit = BATCH;
    int sessions = purge.sessionsEndedBefore(now.minus(ages.sessions()), limit);
    int tokens = purge.tokensDoneBefore(now.minus(ages.tokens()), limit);
    int throttle = purge.throttleIdleSince(now.minus(ages.throttle()), limit);
    int mail = purge.mailDoneBefore(now.minus(ages.mail()), limit);
    int audit = purge.auditBefore(now.minus(ages.audit()), limit);
    boolean more =
        sessions >= limit
            || tokens >= limit
            || throttle >= limit
            || mail >= limit
            || audit >= limit;
    return Optional.of(new Purged(sessions, tokens, throttle, mail, audit, more));
  }
}
