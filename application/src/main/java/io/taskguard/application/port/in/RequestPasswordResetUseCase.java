package io.taskguard.application.port.in;

import io.taskguard.domain.user.IdentityFailure;

/** Asking for a link that resets a forgotten password. */
public interface RequestPasswordResetUseCase {

  /** A request for a reset link; {@code callback} is where the link should lead, or null. */
  record Command(String email, String callback, ClientInfo client) {}

  /**
   * Mails a reset link if the email belongs to an account and its mail limit allows; says nothing
   * either way.
   *
   * @throws IdentityFailure.Throttled when this client address asked too often
   */
  void requestReset(Command command);
}
