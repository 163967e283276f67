package io.taskguard.application.port.in;

import java.util.List;

/** Replaces the account's backup codes with new ones; the old ones stop working at once. */
public interface GenerateBackupCodesUseCase {

  /** The new codes, shown once. */
  List<String> generate(PasswordConfirmedCommand command);
}
