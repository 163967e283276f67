package io.taskguard.application.port.in;

import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.UserId;

/**
 * The operator's "end every session of this person" (a stolen device, a compromised account): every
 * session token and every JWT of the user stops working on every server.
 */
public interface RevokeUserSessionsUseCase {

  /** The user named by id, or by email when {@code user} contains {@code @}. */
  record Command(String user, String operatorAddress) {
    public Command {
      if (user == null || user.isBlank()) {
        throw new IdentityFailure.InvalidInput(IdentityFailure.InvalidInput.Rule.USER_NOT_NAMED);
      }
      user = user.strip();
    }

    public boolean byEmail() {
      return user.contains("@");
    }
  }

  /** Whose sessions were ended, and how many were still live. */
  record Revoked(UserId userId, int sessionsEnded) {}

  /**
   * Revokes every live session of the user. Audited.
   *
   * @throws IdentityFailure.UserNotFound when no account has that id or email
   */
  Revoked revokeAll(Command command);
}
