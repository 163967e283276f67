package io.taskguard.application.port.in;

import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import java.util.Optional;

/** Changing a password with the old one, and resetting a forgotten one through a mailed link. */
public interface PasswordUseCase {

  /** A change by the holder of a live session, who knows the current password. */
  record Change(
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
  Changed change(Change change);

  /** A request for a reset link; {@code callback} is where the link should lead, or null. */
  record ResetRequest(String email, String callback, ClientInfo client) {}

  /**
   * Mails a reset link if the email belongs to an account and its mail limit allows; says nothing
   * either way.
   *
   * @throws IdentityFailure.Throttled when this client address asked too often
   */
  void requestReset(ResetRequest request);

  /** Whether {@code token} would reset a password now (it is not used by asking). */
  boolean resetTokenValid(String token);

  /** A reset with a mailed token. */
  record Reset(String token, String newPassword, ClientInfo client) {}

  /**
   * Sets the new password and uses the token, only once the password is accepted.
   *
   * @throws IdentityFailure.WeakPassword when the password breaks the rules (token kept)
   * @throws IdentityFailure.InvalidToken when the token is unknown, used or expired
   */
  void reset(Reset reset);
}
