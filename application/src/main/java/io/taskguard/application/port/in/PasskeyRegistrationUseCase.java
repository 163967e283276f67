package io.taskguard.application.port.in;

import io.taskguard.application.config.PasskeySettings;
import io.taskguard.application.port.out.PasskeyStore.Passkey;
import io.taskguard.domain.user.User;
import java.util.List;

/**
 * Adding a passkey to one's account: options for the browser's {@code navigator.credentials.create}
 * (a single-use challenge), then the authenticator's response, verified with user verification
 * required. Needs a fresh session; audited and mailed to the account's address.
 */
public interface PasskeyRegistrationUseCase {

  /** What the browser needs to make a passkey: the challenge, the party, the user, what exists. */
  record RegistrationOptions(
      byte[] challenge, PasskeySettings rp, User user, List<byte[]> existingCredentialIds) {}

  RegistrationOptions registrationOptions(String sessionToken);

  /** Verifies the response and stores the passkey under {@code name} (null: a default name). */
  Passkey register(String sessionToken, String responseJson, String name, ClientInfo client);
}
