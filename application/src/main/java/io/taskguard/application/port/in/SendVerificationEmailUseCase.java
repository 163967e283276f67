package io.taskguard.application.port.in;

import io.taskguard.domain.user.IdentityFailure;
import java.util.Optional;

/** Asking for a link that proves an address receives mail. */
public interface SendVerificationEmailUseCase {

  /**
   * A request for a verification link for {@code email}, by the account's own session or by anyone
   * (then nothing tells whether the address belongs to an account).
   */
  record Command(Optional<String> sessionToken, String email, String callback, ClientInfo client) {}

  /**
   * @throws IdentityFailure.EmailMismatch when a session asks for another address than its own
   * @throws IdentityFailure.EmailAlreadyVerified when a session's address is already verified
   * @throws IdentityFailure.Throttled when this client address asked too often
   */
  void sendVerification(Command command);
}
