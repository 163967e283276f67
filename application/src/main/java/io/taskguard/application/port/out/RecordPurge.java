package io.taskguard.application.port.out;

import java.time.Duration;
import java.time.Instant;

/**
 * Removing records nobody needs any more, in the caller's transaction, at most {@code limit} rows
 * of a table per call so that no transaction holds many row locks for long. Only one server purges
 * at a time: {@link #lockForThisTransaction(Duration)} says whether this one may.
 */
public interface RecordPurge {

  /**
   * Takes the purge lock until the transaction ends; false when another server holds it. When it
   * got the lock, every later statement of the transaction is stopped by the database once it has
   * run for {@code eachStatementAtMost}: the call then throws {@link Cancelled} and the transaction
   * can only roll back.
   */
  boolean lockForThisTransaction(Duration eachStatementAtMost);

  /**
   * A purge statement ran longer than its bound and the database stopped it; nothing was removed.
   */
  final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Cancelled(Throwable cause) {
      super("the database stopped a purge statement that ran longer than its bound", cause);
    }
  }

  /**
   * Sessions that expired or were ended before {@code before}, with the sign-in challenges and the
   * device trust that expired before it.
   */
  int sessionsEndedBefore(Instant before, int limit);

  /** Mailed tokens used or expired before {@code before}. */
  int tokensDoneBefore(Instant before, int limit);

  /** Attempt counters whose window began, and whose block ended, before {@code before}. */
  int throttleIdleSince(Instant before, int limit);

  /** Mails sent or given up before {@code before}. */
  int mailDoneBefore(Instant before, int limit);

  /** Audit events that happened before {@code before}. */
  int auditBefore(Instant before, int limit);
}
