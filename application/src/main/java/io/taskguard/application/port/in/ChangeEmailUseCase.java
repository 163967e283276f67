package io.taskguard.application.port.in;

import io.taskguard.domain.user.IdentityFailure;

/** Moving an account to a new address, which it must prove it receives. */
public interface ChangeEmailUseCase {

  /** A move to {@code newEmail}, by the holder of a live session. */
  record Command(String sessionToken, String newEmail, String callback, ClientInfo client) {}

  /**
   * Mails a link to the new address (none when another account has it, without saying so) and a
   * notice to the old one; the address changes when the link is used.
   *
   * @throws IdentityFailure.EmailUnchanged when it is the account's address already
   */
  void change(Command command);
}
