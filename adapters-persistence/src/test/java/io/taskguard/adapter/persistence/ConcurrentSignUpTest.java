package io.taskguard.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.domain.user.Account;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.PasswordHash;
import io.taskguard.domain.user.User;
import io.taskguard.domain.user.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two sign-ups with one email at the same moment: the second waits on the unique index for the
 * first to finish, then is refused as {@code EmailTaken} if the first committed (never a raw
 * constraint violation), and succeeds if the first rolled back.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ConcurrentSignUpTest extends MigratedDatabaseTest {

  private final ExecutorService threads = Executors.newFixedThreadPool(2);
  private final CountDownLatch firstInserted = new CountDownLatch(1);
  private final CountDownLatch finishFirst = new CountDownLatch(1);

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void theSecondIsRefusedOnceTheFirstCommits() throws Exception {
    String email = "race-" + UUID.randomUUID() + "@example.com";
    Account first = account(email);
    Account second = account(email.toUpperCase());

    Future<?> firstSignUp = threads.submit(() -> signUpAndHold(first, false));
    assertTrue(firstInserted.await(10, TimeUnit.SECONDS));
    Future<?> secondSignUp = threads.submit(() -> signUp(second));
    awaitOneSessionWaitingForALock();
    finishFirst.countDown();

    firstSignUp.get(10, TimeUnit.SECONDS);
    ExecutionException refused =
        assertThrows(ExecutionException.class, () -> secondSignUp.get(10, TimeUnit.SECONDS));
    assertInstanceOf(IdentityFailure.EmailTaken.class, refused.getCause());
    assertEquals(first, findByEmail(email));
    assertTrue(findById(second.user().id()).isEmpty());
  }

  @Test
  void theSecondSucceedsWhenTheFirstRollsBack() throws Exception {
    String email = "race-" + UUID.randomUUID() + "@example.com";
    Account first = account(email);
    Account second = account(email);

    Future<?> firstSignUp = threads.submit(() -> signUpAndHold(first, true));
    assertTrue(firstInserted.await(10, TimeUnit.SECONDS));
    Future<?> secondSignUp = threads.submit(() -> signUp(second));
    awaitOneSessionWaitingForALock();
    finishFirst.countDown();

    ExecutionException rolledBack =
        assertThrows(ExecutionException.class, () -> firstSignUp.get(10, TimeUnit.SECONDS));
    assertInstanceOf(IllegalStateException.class, rolledBack.getCause());
    secondSignUp.get(10, TimeUnit.SECONDS);
    assertEquals(second, findByEmail(email));
    assertTrue(findById(first.user().id()).isEmpty());
  }

  @Test
  void anEmailChangeRacingASignUpForTheAddressIsRefusedAsTaken() throws Exception {
    String email = "race-" + UUID.randomUUID() + "@example.com";
    Account mover = account("mover-" + UUID.randomUUID() + "@example.com");
    signUp(mover);
    Account first = account(email);

    Future<?> firstSignUp = threads.submit(() -> signUpAndHold(first, false));
    assertTrue(firstInserted.await(10, TimeUnit.SECONDS));
    Future<?> change =
        threads.submit(
            () -> {
              JpaStore store = new JpaStore(entityManagerFactory);
              store.inTransaction(
                  () ->
                      store.users.changeEmail(mover.user().id(), new Email(email), Instant.now()));
            });
    awaitOneSessionWaitingForALock();
    finishFirst.countDown();

    firstSignUp.get(10, TimeUnit.SECONDS);
    ExecutionException refused =
        assertThrows(ExecutionException.class, () -> change.get(10, TimeUnit.SECONDS));
    assertInstanceOf(IdentityFailure.EmailTaken.class, refused.getCause());
    assertEquals(first, findByEmail(email));
    assertEquals(mover.user().email(), findById(mover.user().id()).orElseThrow().email());
  }

  private void signUpAndHold(Account account, boolean thenFail) {
    JpaStore store = new JpaStore(entityManagerFactory);
    store.inTransaction(
        () -> {
          store.users.add(account);
          firstInserted.countDown();
          awaitOrFail(finishFirst);
          if (thenFail) {
            throw new IllegalStateException("the first sign-up fails after its insert");
          }
        });
  }

  private static void signUp(Account account) {
    JpaStore store = new JpaStore(entityManagerFactory);
    store.inTransaction(() -> store.users.add(account));
  }

  private static Account findByEmail(String email) {
    JpaStore store = new JpaStore(entityManagerFactory);
    return store.inTransaction(() -> store.users.findByEmail(new Email(email))).orElseThrow();
  }

  private static Optional<User> findById(UserId id) {
    JpaStore store = new JpaStore(entityManagerFactory);
    return store.inTransaction(() -> store.users.findById(id));
  }

  /** Waits until PostgreSQL reports a session of this database blocked on a lock. */
  private static void awaitOneSessionWaitingForALock() throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement waiting =
            connection.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
      while (System.nanoTime() < deadline) {
        try (ResultSet rows = waiting.executeQuery()) {
          rows.next();
          if (rows.getInt(1) == 1) {
            return;
          }
        }
        Thread.sleep(20);
      }
    }
    throw new AssertionError("the second sign-up never waited for the first");
  }

  private static void awaitOrFail(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("never told to finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Account account(String email) {
    Instant now = Instant.parse("2026-07-01T12:00:00Z");
    User user = new User(UserId.random(), new Email(email), "Racer", false, null, now, now);
    return new Account(user, new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"));
  }
}
