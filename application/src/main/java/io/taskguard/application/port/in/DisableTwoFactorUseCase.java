package io.taskguard.application.port.in;

/**
 * Turns two-factor off: secrets, backup codes and trusted devices are forgotten, and the caller's
 * session is replaced by a new one.
 */
public interface DisableTwoFactorUseCase {

  SignedIn disable(PasswordConfirmedCommand command);
}
