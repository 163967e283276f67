package io.taskguard.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.out.AccountTokenStore;
import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.user.Account;
import io.taskguard.domain.user.AccountToken;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.TokenPurpose;
import io.taskguard.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AccountTokenStore} must do: find a token by its hash, whatever its state, and
 * use it at most once.
 */
public abstract class AccountTokenStoreContract {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

  protected abstract AccountTokenStore tokens();

  protected abstract UserRepository users();

  protected abstract <T> T inUnitOfWork(Supplier<T> work);

  private UserId owner;
  private Email email;

  @BeforeEach
  void anAccount() {
    Account account = UserRepositoryContract.newAccount(UserRepositoryContract.uniqueEmail());
    owner = account.user().id();
    email = account.user().email();
    inUnitOfWork(
        () -> {
          users().add(account);
          return null;
        });
  }

  private byte[] add(TokenPurpose purpose) {
    return add(purpose, NOW);
  }

  private byte[] add(TokenPurpose purpose, Instant createdAt) {
    byte[] hash = new byte[32];
    RANDOM.nextBytes(hash);
    inUnitOfWork(
        () -> {
          tokens().add(purpose, hash, owner, email, createdAt, createdAt.plus(Duration.ofHours(1)));
          return null;
        });
    return hash;
  }

  @Test
  void findsTheNewestUsableTokenOfAPurpose() {
    byte[] older = add(TokenPurpose.CHANGE_EMAIL, NOW);
    byte[] newer = add(TokenPurpose.CHANGE_EMAIL, NOW.plusSeconds(60));
    add(TokenPurpose.VERIFY_EMAIL, NOW.plusSeconds(120));
    long olderId = inUnitOfWork(() -> tokens().find(older)).orElseThrow().id();
    long newerId = inUnitOfWork(() -> tokens().find(newer)).orElseThrow().id();
    Instant later = NOW.plusSeconds(300);

    assertEquals(
        newerId,
        inUnitOfWork(() -> tokens().newestUsable(owner, TokenPurpose.CHANGE_EMAIL, later))
            .orElseThrow()
            .id());
    inUnitOfWork(() -> tokens().use(newerId, later));
    assertEquals(
        olderId,
        inUnitOfWork(() -> tokens().newestUsable(owner, TokenPurpose.CHANGE_EMAIL, later))
            .orElseThrow()
            .id());
    Instant expired = NOW.plus(Duration.ofHours(1));
    assertTrue(
        inUnitOfWork(() -> tokens().newestUsable(owner, TokenPurpose.CHANGE_EMAIL, expired))
            .isEmpty());
  }

  @Test
  void findsATokenByItsHashWithWhatItIsFor() {
    byte[] hash = add(TokenPurpose.CHANGE_EMAIL);

    AccountToken found = inUnitOfWork(() -> tokens().find(hash)).orElseThrow();

    assertEquals(TokenPurpose.CHANGE_EMAIL, found.purpose());
    assertEquals(owner, found.userId());
    assertEquals(email, found.email());
    assertEquals(NOW, found.createdAt());
    assertEquals(NOW.plus(Duration.ofHours(1)), found.expiresAt());
    assertNull(found.usedAt());
    byte[] other = hash.clone();
    other[0] ^= 1;
    assertTrue(inUnitOfWork(() -> tokens().find(other)).isEmpty());
  }

  @Test
  void usesATokenOnlyOnce() {
    byte[] hash = add(TokenPurpose.RESET_PASSWORD);
    long id = inUnitOfWork(() -> tokens().find(hash)).orElseThrow().id();

    assertTrue(inUnitOfWork(() -> tokens().use(id, NOW.plusSeconds(5))));
    assertFalse(inUnitOfWork(() -> tokens().use(id, NOW.plusSeconds(6))));
    assertEquals(
        NOW.plusSeconds(5), inUnitOfWork(() -> tokens().find(hash)).orElseThrow().usedAt());
  }

  @Test
  void retiresEveryUnusedTokenOfOnePurposeOnly() {
    byte[] first = add(TokenPurpose.RESET_PASSWORD);
    byte[] second = add(TokenPurpose.RESET_PASSWORD);
    byte[] verify = add(TokenPurpose.VERIFY_EMAIL);

    int retired = inUnitOfWork(() -> tokens().retireAll(owner, TokenPurpose.RESET_PASSWORD, NOW));

    assertEquals(2, retired);
    assertTrue(inUnitOfWork(() -> tokens().find(first)).orElseThrow().used());
    assertTrue(inUnitOfWork(() -> tokens().find(second)).orElseThrow().used());
    assertFalse(inUnitOfWork(() -> tokens().find(verify)).orElseThrow().used());
    assertEquals(
        0, inUnitOfWork(() -> tokens().retireAll(owner, TokenPurpose.RESET_PASSWORD, NOW)));
  }
}
