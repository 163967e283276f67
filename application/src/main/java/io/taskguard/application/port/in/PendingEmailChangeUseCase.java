package io.taskguard.application.port.in;

import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.IdentityFailure;
import java.time.Instant;
import java.util.Optional;

/** What an account's own session may know of a move to a new address that waits for its link. */
public interface PendingEmailChangeUseCase {

  /** A move requested at {@code requestedAt} whose newest link works until {@code expiresAt}. */
  record Pending(Email newEmail, Instant requestedAt, Instant expiresAt) {}

  /**
   * The move whose link is still usable, if any (a move to an address another account has mails no
   * link, so it is never pending).
   *
   * @throws IdentityFailure.NotAuthenticated without a live session
   */
  Optional<Pending> pending(String sessionToken);
}
