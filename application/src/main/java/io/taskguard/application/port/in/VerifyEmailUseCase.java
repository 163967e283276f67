package io.taskguard.application.port.in;

import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import java.util.Optional;

/** Using a mailed verification or email-change link. */
public interface VerifyEmailUseCase {

  /** What a verification link did: for an email change, the account with its new address. */
  record Verified(Optional<User> changed) {}

  /**
   * Uses a verification or email-change token.
   *
   * @throws IdentityFailure.InvalidToken when it is unknown or used
   * @throws IdentityFailure.TokenExpired when its time has passed
   * @throws IdentityFailure.EmailTaken when another account took the new address meanwhile
   */
  Verified verify(String token, ClientInfo client);
}
