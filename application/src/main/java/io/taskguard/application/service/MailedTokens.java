package io.taskguard.application.service;

import io.taskguard.application.port.out.AccountTokenStore;
import io.taskguard.domain.user.AccountToken;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.TokenPurpose;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The tokens mailed to people: 256 random bits each ({@link SessionTokens}), of which the store
 * keeps only the SHA-256; a new one of a kind retires the account's earlier ones of that kind, so
 * only the newest link works.
 */
@ApplicationScoped
public class MailedTokens {

  private final AccountTokenStore store;

  /** For CDI's client proxy only. */
  protected MailedTokens() {
    this(null);
  }

  @Inject
  public MailedTokens(AccountTokenStore store) {
    this.store = store;
  }

  /** A new token for {@code user}, sent to {@code to}, good for {@code ttl}. */
  String issue(TokenPurpose purpose, User user, Email to, Instant now, Duration ttl) {
    store.retireAll(user.id(), purpose, now);
    String token = SessionTokens.newToken();
    store.add(purpose, SessionTokens.hash(token), user.id(), to, now, now.plus(ttl));
    return token;
  }

  /**
   * The stored token {@code token}, if it is one of {@code purposes}, unused and unexpired.
   *
   * @throws IdentityFailure.InvalidToken when it is unknown, of another purpose, or used
   * @throws IdentityFailure.TokenExpired when its time has passed
   */
  AccountToken usable(String token, Instant now, TokenPurpose... purposes) {
    byte[] hash = SessionTokens.hash(token);
    AccountToken found =
        (hash == null ? Optional.<AccountToken>empty() : store.find(hash))
            .filter(stored -> Arrays.asList(purposes).contains(stored.purpose()))
            .filter(stored -> !stored.used())
            .orElseThrow(() -> new IdentityFailure.InvalidToken(purposes[0]));
    if (found.expiredAt(now)) {
      throw new IdentityFailure.TokenExpired();
    }
    return found;
  }

  /** Uses the token; only one caller ever succeeds, the others get an invalid token. */
  void use(AccountToken token, Instant now) {
    if (!store.use(token.id(), now)) {
      throw new IdentityFailure.InvalidToken(token.purpose());
    }
  }

  void retireAll(User user, TokenPurpose purpose, Instant now) {
    store.retireAll(user.id(), purpose, now);
  }
}
