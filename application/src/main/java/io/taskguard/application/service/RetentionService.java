package io.taskguard.application.service;

import io.taskguard.application.config.RetentionAges;
import io.taskguard.application.port.in.RetentionUseCase;
import io.taskguard.application.port.out.RecordPurge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One retention batch: under the purge lock, at most the rows asked for (never more than {@link
 * RetentionUseCase#MAX_BATCH}) of all tables together, older than their age, go in one short
 * transaction (sessions first, audit events last), so that purging a backlog of millions of rows
 * never holds row locks or the purge lock for more than a moment while people use the service. Each
 * statement of the batch is bounded by {@link #STATEMENT_BOUND}; a batch that overruns it is rolled
 * back ({@link TooSlow}).
 */
@ApplicationScoped
@Transactional
public class RetentionService implements RetentionUseCase {

  /**
   * How long PostgreSQL lets any one statement of a batch run before it stops it: with the lock and
   * the commit, a batch's transaction, and so every row lock it takes, stays under a second.
   */
  public static final Duration STATEMENT_BOUND = Duration.ofMillis(500);

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
  public Optional<Purged> purge(int limit) {
    if (!purge.lockForThisTransaction(STATEMENT_BOUND)) {
      return Optional.empty();
    }
    try {
      return Optional.of(batch(Math.max(1, Math.min(MAX_BATCH, limit))));
    } catch (RecordPurge.Cancelled e) {
      throw new TooSlow(e);
    }
  }

  private Purged batch(int limit) {
    Instant now = clock.instant();
    int left = limit;
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
    return new Purged(sessions, tokens, throttle, mail, audit, more);
  }
}
