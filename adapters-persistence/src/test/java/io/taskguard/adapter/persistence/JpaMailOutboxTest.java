package io.taskguard.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.out.MailDelivery.QueuedMail;
import io.taskguard.application.port.out.MailOutbox.OutgoingMail;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The outbox on PostgreSQL: claims are leases that several servers share out without overlap, and a
 * mail that was sent or given up keeps no body.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class JpaMailOutboxTest extends MigratedDatabaseTest {

  private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(2);

  private final JpaStore store = new JpaStore(entityManagerFactory);

  @BeforeEach
  void emptyOutbox() throws SQLException {
    execute("DELETE FROM mail_outbox");
  }

  private void enqueue(int count) {
    for (int i = 0; i < count; i++) {
      int n = i;
      store.inTransaction(
          () ->
              store.outbox.enqueue(
                  new OutgoingMail("p" + n + "@example.com", "Subject " + n, "text", "<p>html</p>"),
                  NOW.plusMillis(n)));
    }
  }

  @Test
  void claimsDueMailsOldestFirstAndNotAgainDuringTheLease() {
    enqueue(3);

    List<QueuedMail> first =
        store.inTransaction(() -> store.outbox.claimDue(NOW.plusSeconds(1), 2, LEASE));
    List<QueuedMail> second =
        store.inTransaction(() -> store.outbox.claimDue(NOW.plusSeconds(2), 5, LEASE));
    List<QueuedMail> afterLease =
        store.inTransaction(() -> store.outbox.claimDue(NOW.plus(LEASE).plusSeconds(5), 5, LEASE));

    assertEquals(
        List.of("p0@example.com", "p1@example.com"),
        first.stream().map(QueuedMail::recipient).toList());
    assertEquals("Subject 0", first.get(0).subject());
    assertEquals("text", first.get(0).text());
    assertEquals("<p>html</p>", first.get(0).html());
    assertEquals(1, first.get(0).attempts());
    assertEquals(List.of("p2@example.com"), second.stream().map(QueuedMail::recipient).toList());
    assertEquals(3, afterLease.size(), "a server that died mid-send leaves its mails to others");
    assertEquals(2, afterLease.get(0).attempts());
    assertEquals(3L, store.inTransaction(() -> store.outbox.pending()));
  }

  @Test
  void aSentOrAbandonedMailIsNeitherClaimedNorKeptWithItsBody() throws SQLException {
    enqueue(3);
    List<QueuedMail> claimed =
        store.inTransaction(() -> store.outbox.claimDue(NOW.plusSeconds(1), 3, LEASE));

    store.inTransaction(() -> store.outbox.sent(claimed.get(0).id(), NOW.plusSeconds(2)));
    store.inTransaction(
        () -> store.outbox.abandon(claimed.get(1).id(), NOW.plusSeconds(2), "refused"));
    store.inTransaction(
        () -> store.outbox.failed(claimed.get(2).id(), NOW.plusSeconds(60), "connection refused"));

    assertTrue(
        store.inTransaction(() -> store.outbox.claimDue(NOW.plusSeconds(30), 5, LEASE)).isEmpty());
    List<QueuedMail> retried =
        store.inTransaction(() -> store.outbox.claimDue(NOW.plusSeconds(61), 5, LEASE));
    assertEquals(List.of(claimed.get(2).id()), retried.stream().map(QueuedMail::id).toList());
    assertEquals(1L, store.inTransaction(() -> store.outbox.pending()));
    assertEquals(
        "|0|0|"
            + (NOW.plusSeconds(2))
            + "|null|null,"
            + "|0|0|null|"
            + NOW.plusSeconds(2)
            + "|refused,"
            + "|4|11|null|null|connection refused",
        rows());
  }

  @Test
  void serversClaimingAtOnceNeverShareAMail() throws Exception {
    enqueue(40);
    int servers = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(servers);
    try {
      List<Future<List<QueuedMail>>> claims = new java.util.ArrayList<>();
      for (int s = 0; s < servers; s++) {
        JpaStore own = new JpaStore(entityManagerFactory);
        claims.add(
            pool.submit(
                () -> {
                  start.await();
                  List<QueuedMail> mine = new java.util.ArrayList<>();
                  for (int round = 0; round < 10; round++) {
                    mine.addAll(
                        own.inTransaction(() -> own.outbox.claimDue(NOW.plusSeconds(1), 3, LEASE)));
                  }
                  return mine;
                }));
      }
      start.countDown();
      Set<Long> seen = new HashSet<>();
      int total = 0;
      for (Future<List<QueuedMail>> claim : claims) {
        for (QueuedMail mail : claim.get()) {
          total++;
          assertTrue(seen.add(mail.id()), "mail " + mail.id() + " claimed twice");
        }
      }
      assertEquals(40, total);
    } finally {
      pool.shutdownNow();
    }
  }

  private static String rows() throws SQLException {
    StringBuilder rows = new StringBuilder();
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT length(text_body), length(html_body), sent_at, given_up_at, last_error"
                    + " FROM mail_outbox ORDER BY id")) {
      while (row.next()) {
        if (rows.length() > 0) {
          rows.append(',');
        }
        rows.append('|')
            .append(row.getInt(1))
            .append('|')
            .append(row.getInt(2))
            .append('|')
            .append(instant(row.getObject(3, java.time.OffsetDateTime.class)))
            .append('|')
            .append(instant(row.getObject(4, java.time.OffsetDateTime.class)))
            .append('|')
            .append(row.getString(5));
      }
    }
    return rows.toString();
  }

  private static Instant instant(java.time.OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
