package io.taskguard.application.port.in;

import io.taskguard.domain.user.IdentityFailure;
import java.time.Duration;
import java.util.Optional;

/** Asking for a link that proves an address receives mail. */
public interface SendVerificationEmailUseCase {

  /**
   * A request for a verification link for {@code email}, by the account's own session or by anyone
   * (then nothing tells whether the address belongs to an account).
   */
  record Command(Optional<String> sessionToken, String email, String callback, ClientInfo client) {}

  /**
   * What the account's own session learns of its request: whether the link went, or, when the
   * account's mail limit held it back, how long until the next one may go.
   */
  record Outcome(Optional<Duration> heldBackFor) {

    public boolean mailed() {
      return heldBackFor.isEmpty();
    }
  }

  /**
   * @return the outcome for a request by the account's own session; empty for anyone else, whom
   *     nothing may tell whether a mail went
   * @throws IdentityFailure.EmailMismatch when a session asks for another address than its own
   * @throws IdentityFailure.EmailAlreadyVerified when a session's address is already verified
   * @throws IdentityFailure.Throttled when this client address asked too often
   */
  Optional<Outcome> sendVerification(Command command);
}
