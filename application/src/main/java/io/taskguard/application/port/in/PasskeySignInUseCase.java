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

  /**
   * Options with a new challenge for {@code client}; at most {@code 60} a minute per client address
   * (each is a stored row until it is used or expires).
   *
   * @throws io.taskguard.domain.user.IdentityFailure.Throttled beyond that
   */
  AuthenticationOptions authenticationOptions(ClientInfo client);

  SignedIn signIn(String responseJson, ClientInfo client);

  /**
   * A passkey of the holder of {@code sessionToken} proved again on that session (step-up): no new
   * session; for a while the session confirms sensitive changes without the password.
   */
  SignedIn stepUp(String sessionToken, String responseJson, ClientInfo client);
}
