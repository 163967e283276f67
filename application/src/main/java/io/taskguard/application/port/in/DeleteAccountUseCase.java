package io.taskguard.application.port.in;

import io.taskguard.domain.user.IdentityFailure;
import java.util.Optional;

/** The holder of a session deletes the account. */
public interface DeleteAccountUseCase {

  /** A deletion, confirmed by the password or by a session signed in a moment ago. */
  record Command(String sessionToken, Optional<String> password, ClientInfo client) {}

  /**
   * Removes the account with its tasks and sessions, in one transaction; its JWTs are refused on
   * every server within a second.
   *
   * @throws IdentityFailure.WrongPassword when a password is given and is wrong
   * @throws IdentityFailure.SessionNotFresh without a password on a session that is not fresh
   */
  void delete(Command command);
}
