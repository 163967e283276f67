package io.taskguard.application.port.in;

import io.taskguard.application.config.PasskeySettings;

/**
 * Signing in with a passkey: a single-use challenge for {@code navigator.credentials.get} (any
 * account's discoverable passkey), then the assertion, verified with user verification required,
 * which makes it two factors by itself: it opens a session even when two-factor is on.
 */
public interface PasskeySignInUseCase {

  /** What the browser needs to ask for a passkey. */
  record AuthenticationOptions(byte[] challenge, PasskeySettings rp) {}

  AuthenticationOptions authenticationOptions();

  SignedIn signIn(String responseJson, ClientInfo client);
}
