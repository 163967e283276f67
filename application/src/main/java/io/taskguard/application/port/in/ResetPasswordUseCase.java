package io.taskguard.application.port.in;

import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.IdentityFailure;

/** Resetting a forgotten password through a mailed link. */
public interface ResetPasswordUseCase {

  /** A reset with a mailed token. */
  record Command(String token, String newPassword, ClientInfo client) {}

  /**
   * Sets the new password and uses the token, only once the password is accepted.
   *
   * @return the account's address, which the used link was mailed to (the page signs in with it)
   * @throws IdentityFailure.WeakPassword when the password breaks the rules (token kept)
   * @throws IdentityFailure.InvalidToken when the token is unknown, used or expired
   */
  Email reset(Command command);
}
