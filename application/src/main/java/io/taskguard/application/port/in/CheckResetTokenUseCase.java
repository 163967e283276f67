package io.taskguard.application.port.in;

/** Whether a mailed reset link still works, before its holder chooses a new password. */
public interface CheckResetTokenUseCase {

  /** Whether {@code token} would reset a password now (it is not used by asking). */
  boolean resetTokenValid(String token);
}
