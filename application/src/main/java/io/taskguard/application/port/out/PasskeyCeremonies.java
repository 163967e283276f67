package io.taskguard.application.port.out;

import io.taskguard.application.config.PasskeySettings;
import io.taskguard.domain.user.IdentityFailure;
import java.util.List;

/**
 * Checks WebAuthn ceremonies (registration and authentication responses, as a browser's {@code
 * PublicKeyCredential.toJSON()} gives them) against a challenge, the relying party and, for an
 * authentication, the stored credential. User verification is always required.
 */
public interface PasskeyCeremonies {

  /** A credential the authenticator made: what must be stored to check its later assertions. */
  record NewCredential(
      byte[] credentialId,
      byte[] credential,
      long signCount,
      String aaguid,
      boolean backedUp,
      boolean multiDevice,
      List<String> transports) {}

  /**
   * The challenge a response answers, read from its client data, without checking anything else.
   *
   * @throws IdentityFailure.PasskeyRefused when the response cannot be read
   */
  byte[] challengeOf(String responseJson, boolean registration);

  /** The credential id an authentication response names. */
  byte[] credentialIdOf(String responseJson);

  /**
   * @throws IdentityFailure.PasskeyRefused when the response does not prove a new credential for
   *     this challenge and relying party, with user verification
   */
  NewCredential verifyRegistration(String responseJson, byte[] challenge, PasskeySettings rp);

  /**
   * Verifies an assertion by {@code credential} (stored with sign count {@code signCount}) and
   * returns the authenticator's new sign count.
   *
   * @throws IdentityFailure.PasskeyCounterWentBack when the sign count is not above the stored one
   *     (a cloned authenticator)
   * @throws IdentityFailure.PasskeyRefused when it proves nothing else
   */
  long verifyAuthentication(
      String responseJson, byte[] challenge, byte[] credential, long signCount, PasskeySettings rp);
}
