package io.taskguard.application.fake;

import io.taskguard.application.port.out.AccountTokenStore;
import io.taskguard.domain.user.AccountToken;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.TokenPurpose;
import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Mailed tokens in memory, by hash; a token is used at most once, as in the real store. */
public class InMemoryAccountTokenStore implements AccountTokenStore {

  private final List<byte[]> hashes = new ArrayList<>();
  private final List<AccountToken> tokens = new ArrayList<>();

  @Override
  public synchronized void add(
      TokenPurpose purpose,
      byte[] tokenHash,
      UserId userId,
      Email email,
      Instant createdAt,
      Instant expiresAt) {
    hashes.add(tokenHash.clone());
    tokens.add(
        new AccountToken(tokens.size() + 1L, purpose, userId, email, createdAt, expiresAt, null));
  }

  @Override
  public synchronized Optional<AccountToken> find(byte[] tokenHash) {
    for (int i = 0; i < hashes.size(); i++) {
      if (Arrays.equals(hashes.get(i), tokenHash)) {
        return Optional.of(tokens.get(i));
      }
    }
    return Optional.empty();
  }

  @Override
  public synchronized boolean use(long id, Instant now) {
    AccountToken token = tokens.get((int) id - 1);
    if (token.used()) {
      return false;
    }
    tokens.set((int) id - 1, used(token, now));
    return true;
  }

  @Override
  public synchronized Optional<AccountToken> newestUsable(
      UserId userId, TokenPurpose purpose, Instant now) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      AccountToken token = tokens.get(i);
      if (token.userId().equals(userId)
          && token.purpose() == purpose
          && !token.used()
          && !token.expiredAt(now)) {
        return Optional.of(token);
      }
    }
    return Optional.empty();
  }

  @Override
  public synchronized int retireAll(UserId userId, TokenPurpose purpose, Instant now) {
    int retired = 0;
    for (int i = 0; i < tokens.size(); i++) {
      AccountToken token = tokens.get(i);
      if (token.userId().equals(userId) && token.purpose() == purpose && !token.used()) {
        tokens.set(i, used(token, now));
        retired++;
      }
    }
    return retired;
  }

  /** Every token stored, in order: for tests that check none is kept in the clear. */
  public synchronized List<byte[]> storedHashes() {
    return List.copyOf(hashes);
  }

  private static AccountToken used(AccountToken token, Instant now) {
    return new AccountToken(
        token.id(),
        token.purpose(),
        token.userId(),
        token.email(),
        token.createdAt(),
        token.expiresAt(),
        now);
  }
}
