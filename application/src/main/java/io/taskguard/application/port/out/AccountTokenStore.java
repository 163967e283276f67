package io.taskguard.application.port.out;

import io.taskguard.domain.user.AccountToken;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.TokenPurpose;
import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the tokens mailed to people are kept, shared by every server, known only by their SHA-256.
 * A token is used at most once, even when two servers try at the same moment.
 */
public interface AccountTokenStore {

  void add(
      TokenPurpose purpose,
      byte[] tokenHash,
      UserId userId,
      Email email,
      Instant createdAt,
      Instant expiresAt);

  /**
   * The token that hashes to {@code tokenHash}, whatever its purpose, used or not, expired or not.
   */
  Optional<AccountToken> find(byte[] tokenHash);

  /** Marks the token used at {@code now}; true only for the one call that did. */
  boolean use(long id, Instant now);

  /** The user's newest token for {@code purpose} that is unused and unexpired at {@code now}. */
  Optional<AccountToken> newestUsable(UserId userId, TokenPurpose purpose, Instant now);

  /** Marks every unused token of the user for {@code purpose} used at {@code now}; how many. */
  int retireAll(UserId userId, TokenPurpose purpose, Instant now);
}
