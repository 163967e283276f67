package io.taskguard.application.port.in;

import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import java.util.Optional;

/** Changing a password with the current one. */
public interface ChangePasswordUseCase {

  /** A change by the holder of a live session, who knows the current password. */
  record Command(
      String sessionToken,
      String currentPassword,
      String newPassword,
      boolean revokeOtherSessions,
      ClientInfo client) {}

  /** The account after the change, and the caller's session token when the others were ended. */
  record Changed(User user, Optional<String> sessionToken) {}

  /**
   * @throws IdentityFailure.NotAuthenticated without a live session
   * @throws IdentityFailure.WeakPassword when the new password breaks the rules (checked first)
   * @throws IdentityFailure.WrongPassword when the current password is wrong (counted as a failed
   *     sign-in of the account)
   */
  Changed change(Command command);
}
