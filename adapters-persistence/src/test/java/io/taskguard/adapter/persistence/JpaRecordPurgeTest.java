package io.taskguard.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.out.RecordPurge;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Retention on PostgreSQL: each purge removes exactly the rows past their cut-off, and only one
 * transaction at a time holds the purge lock.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class JpaRecordPurgeTest extends MigratedDatabaseTest {

  private static final Instant CUT = Instant.parse("2026-06-01T00:00:00Z");
  private static final String OLD = "'2026-05-01T00:00:00Z'";
  private static final String RECENT = "'2026-06-02T00:00:00Z'";
  private static final Duration BOUND = Duration.ofMillis(300);

  private final JpaStore store = new JpaStore(entityManagerFactory);

  @BeforeEach
  void rows() throws SQLException {
    execute(
        "TRUNCATE sessions, account_tokens, auth_throttle, mail_outbox, audit_events, users CASCADE",
        "INSERT INTO users (id, email, name, email_verified, password_hash, created_at, updated_at)"
            + " VALUES ('u1', 'u1@example.com', 'U', false, 'x', now(), now())",
        session("expired", OLD, "NULL"),
        session("revoked", RECENT, OLD),
        session("live", RECENT, "NULL"),
        session("revokedRecently", RECENT, RECENT),
        token(1, OLD, "NULL"),
        token(2, RECENT, OLD),
        token(3, RECENT, "NULL"),
        "INSERT INTO auth_throttle VALUES ('sign-in', 'idle', 1, "
            + OLD
            + ", NULL),"
            + " ('sign-in', 'blocked', 9, "
            + OLD
            + ", "
            + RECENT
            + "),"
            + " ('sign-in', 'counting', 2, "
            + RECENT
            + ", NULL)",
        mail("sent_at", OLD),
        mail("given_up_at", OLD),
        mail("sent_at", RECENT),
        mail("sent_at", "NULL"),
        "INSERT INTO audit_events (event, occurred_at) VALUES ('SIGN_IN', "
            + OLD
            + "),"
            + " ('SIGN_IN', "
            + RECENT
            + ")");
  }

  @Test
  void removesOnlyWhatIsPastItsCutOff() throws SQLException {
    store.inTransaction(
        () -> {
          assertTrue(store.purge.lockForThisTransaction(BOUND));
          assertEquals(2, store.purge.sessionsEndedBefore(CUT, 100));
          assertEquals(2, store.purge.tokensDoneBefore(CUT, 100));
          assertEquals(1, store.purge.throttleIdleSince(CUT, 100));
          assertEquals(2, store.purge.mailDoneBefore(CUT, 100));
          assertEquals(1, store.purge.auditBefore(CUT, 100));
        });

    assertEquals("live,revokedRecently", column("SELECT id FROM sessions ORDER BY id"));
    assertEquals("3", column("SELECT encode(token_hash, 'escape') FROM account_tokens"));
    assertEquals("blocked,counting", column("SELECT subject FROM auth_throttle ORDER BY subject"));
    assertEquals("2", column("SELECT count(*) FROM mail_outbox"));
    assertEquals("1", column("SELECT count(*) FROM audit_events"));
  }

  @Test
  void aBatchRemovesAtMostItsLimitAndTheNextOneTheRest() throws SQLException {
    execute(
        session("expired2", OLD, "NULL"),
        session("expired3", OLD, "NULL"),
        session("revoked2", RECENT, OLD));

    assertEquals(2, store.inTransaction(() -> store.purge.sessionsEndedBefore(CUT, 2)));
    assertEquals(2, store.inTransaction(() -> store.purge.sessionsEndedBefore(CUT, 2)));
    assertEquals(1, store.inTransaction(() -> store.purge.sessionsEndedBefore(CUT, 2)));
    assertEquals(0, store.inTransaction(() -> store.purge.sessionsEndedBefore(CUT, 2)));
    assertEquals("live,revokedRecently", column("SELECT id FROM sessions ORDER BY id"));
  }

  /** A session ended at its earlier end: one revoked only now had expired long before. */
  @Test
  void aSessionEndedWhenItExpiredOrWasRevokedWhicheverCameFirst() throws SQLException {
    execute(session("expiredThenRevoked", OLD, RECENT));

    assertEquals(3, store.inTransaction(() -> store.purge.sessionsEndedBefore(CUT, 100)));

    assertEquals("live,revokedRecently", column("SELECT id FROM sessions ORDER BY id"));
  }

  /**
   * Every batch finds its rows through an index, in the index's order, whatever the table's size
   * and whatever the cut-off: with sequential scans and sorts priced out, the generic plan of each
   * prepared purge statement reads no table whole and sorts nothing. (On these few rows the planner
   * would rightly choose a scan and a sort; what matters is that an index exists that serves the
   * condition and the order.)
   */
  @Test
  void everyPurgeConditionIsServedByAnIndex() throws SQLException {
    List<JpaRecordPurge.Purgeable> all = new ArrayList<>();
    all.addAll(JpaRecordPurge.SESSIONS);
    all.addAll(JpaRecordPurge.TOKENS);
    all.addAll(JpaRecordPurge.THROTTLE);
    all.addAll(JpaRecordPurge.MAIL);
    all.addAll(JpaRecordPurge.AUDIT);
    for (JpaRecordPurge.Purgeable purgeable : all) {
      String plan = genericPlanWithoutSequentialScans(JpaRecordPurge.deleteSql(purgeable));
      assertFalse(plan.contains("Seq Scan"), purgeable + ": " + plan);
      assertTrue(plan.contains("Index"), purgeable + ": " + plan);
      assertFalse(plan.contains("Sort"), purgeable + " is read in its index's order: " + plan);
    }
  }

  /**
   * The transaction holding the purge lock commits without waiting for the disk, and each of its
   * statements is bounded; no other transaction is.
   */
  @Test
  void thePurgeTransactionsSettingsHoldForItOnly() {
    String settings =
        "SELECT current_setting('synchronous_commit') || ' ' || current_setting('statement_timeout')";
    assertEquals(
        "off 300ms",
        store.inTransaction(
            () -> {
              assertTrue(store.purge.lockForThisTransaction(BOUND));
              return store.purge.em.createNativeQuery(settings).getSingleResult();
            }));
    assertEquals(
        "on 0",
        store.inTransaction(() -> store.purge.em.createNativeQuery(settings).getSingleResult()));
  }

  /**
   * A delete that cannot finish within the bound (here: it waits for a row another transaction
   * holds) is stopped by PostgreSQL, reported as {@link RecordPurge.Cancelled}, and its transaction
   * removes nothing.
   */
  @Test
  void aPurgeStatementOverItsBoundIsStoppedAndRemovesNothing() throws Exception {
    try (Connection holder = database.dataSource().getConnection();
        Statement statement = holder.createStatement()) {
      holder.setAutoCommit(false);
      statement.execute("SELECT id FROM sessions WHERE id = 'expired' FOR UPDATE");
      long started = System.nanoTime();

      RecordPurge.Cancelled cancelled =
          assertThrows(
              RecordPurge.Cancelled.class,
              () ->
                  store.inTransaction(
                      () -> {
                        assertTrue(store.purge.lockForThisTransaction(BOUND));
                        return store.purge.sessionsEndedBefore(CUT, 100);
                      }));

      long tookMillis = (System.nanoTime() - started) / 1_000_000;
      assertTrue(tookMillis >= 300 && tookMillis < 5_000, "stopped after " + tookMillis + " ms");
      assertTrue(cancelled.getCause() != null, "keeps the database's own failure");
      holder.rollback();
    }
    assertEquals(
        "expired,live,revoked,revokedRecently", column("SELECT id FROM sessions ORDER BY id"));
  }

  @Test
  void onlyOneTransactionHoldsThePurgeLockAndItEndsWithIt() throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      JpaStore otherServer = new JpaStore(entityManagerFactory);
      Future<Boolean> first =
          other.submit(
              () ->
                  otherServer.inTransaction(
                      () -> {
                        boolean locked = otherServer.purge.lockForThisTransaction(BOUND);
                        held.countDown();
                        await(release);
                        return locked;
                      }));
      held.await();
      assertFalse(store.inTransaction(() -> store.purge.lockForThisTransaction(BOUND)));
      release.countDown();
      assertTrue(first.get());
      assertTrue(
          store.inTransaction(() -> store.purge.lockForThisTransaction(BOUND)),
          "free once the holder's transaction ended");
    } finally {
      release.countDown();
      other.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(30, java.util.concurrent.TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String session(String id, String expires, String revoked) {
    return "INSERT INTO sessions (id, user_id, token_hash, expires_at, created_at, updated_at,"
        + " revoked_at) VALUES ('"
        + id
        + "', 'u1', '"
        + id
        + "'::bytea, "
        + expires
        + ", now(),"
        + " now(), "
        + revoked
        + ")";
  }

  private static String token(int n, String expires, String used) {
    return "INSERT INTO account_tokens (purpose, token_hash, user_id, email, created_at,"
        + " expires_at, used_at) VALUES ('reset-password', '"
        + n
        + "'::bytea, 'u1',"
        + " 'u1@example.com', now() - interval '40 days', "
        + expires
        + ", "
        + used
        + ")";
  }

  private static String mail(String column, String at) {
    return "INSERT INTO mail_outbox (recipient, subject, text_body, html_body, created_at,"
        + " next_attempt_at, "
        + column
        + ") VALUES ('a@example.com', 's', '', '', now(), now(), "
        + at
        + ")";
  }

  private static String column(String sql) throws SQLException {
    StringBuilder values = new StringBuilder();
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        if (values.length() > 0) {
          values.append(',');
        }
        values.append(rows.getString(1));
      }
    }
    return values.toString();
  }

  /**
   * The plan PostgreSQL uses once it switches a prepared statement to its generic plan (the one for
   * any parameter values), with sequential scans and sorts priced out.
   */
  private static String genericPlanWithoutSequentialScans(String sql) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SET enable_seqscan = off");
      statement.execute("SET enable_sort = off");
      statement.execute("SET plan_cache_mode = force_generic_plan");
      statement.execute(
          "PREPARE purge (timestamptz, int) AS " + sql.replace("?1", "$1").replace("?2", "$2"));
      try (ResultSet rows = statement.executeQuery("EXPLAIN EXECUTE purge (now(), 1000)")) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      } finally {
        statement.execute("DEALLOCATE purge");
        statement.execute("RESET ALL");
      }
    }
    return plan.toString();
  }

  private static void execute(String... sql) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String each : sql) {
        statement.execute(each);
      }
    }
  }
}
