package io.taskguard.application.port.in;

import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import java.util.Optional;

/** Proving that an address receives mail, and moving an account to a new address. */
public interface EmailUseCase {

  /**
   * A request for a verification link for {@code email}, by the account's own session or by anyone
   * (then nothing tells whether the address belongs to an account).
   */
  record VerificationRequest(
      Optional<String> sessionToken, String email, String callback, ClientInfo client) {}

  /**
   * @throws IdentityFailure.EmailMismatch when a session asks for another address than its own
   * @throws IdentityFailure.EmailAlreadyVerified when a session's address is already verified
   * @throws IdentityFailure.Throttled when this client address asked too often
   */
  void sendVerification(VerificationRequest request);

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

  /** A move to {@code newEmail}, by the holder of a live session. */
  record ChangeRequest(String sessionToken, String newEmail, String callback, ClientInfo client) {}

  /**
   * Mails a link to the new address (none when another account has it, without saying so) and a
   * notice to the old one; the address changes when the link is used.
   *
   * @throws IdentityFailure.EmailUnchanged when it is the account's address already
   */
  void change(ChangeRequest request);
}
