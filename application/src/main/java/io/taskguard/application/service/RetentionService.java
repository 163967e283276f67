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
 * One retention batch: under the purge lock, at most {@link #BATCH} rows in all, older than their
 * age, go in one short transaction (sessions first, audit events last), so that purging a backlog
 * of millions of rows never holds row locks or the purge lock for more than a moment while people
 * use the service.
 */
@ApplicationScoped
@Transactional
public class RetentionService implements RetentionUseCase {

  /**
   * Rows removed per batch, all tables together: a batch's transaction then lasts about a tenth of
   * a second on a database of a million users (bench/scale), far below the one second that any lock
   * may be held while people use the service.
   */
  public static final int BATCH = 1_000;

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
    int left = BATCH;
    int sessions = purge.sessionsEndedBefore(now.minus(ages.sessions()), left);
    left -= sessions;
    int tokens = left > 0 ? purge.tokensDoneBefore(now.minus(ages.tokens()), left) : 0;
    left -= tokens;
    int throttle = left > 0 ? purge.throttleIdleSince(now.minus(ages.throttle()), left) : 0;
    left -= throttle;
    int mail = left > 0 ? purge.mailDoneBefore(now.minus(ages.mail()), left) : 0;
    left -= mail;
    int audit = left > 0 ? purge.auditBefore(now.minus(ages.audit()), left) : 0;
    left -= audit;
    boolean more = left <= 0;
    return Optional.of(new Purged(sessions, tokens, throttle, mail, audit, more));
  }
}
