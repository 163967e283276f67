package io.taskguard.application.port.in;

import java.util.List;
import java.util.Objects;

/**
 * Starts an enrolment in TOTP two-factor: a new secret and backup codes, which take effect only
 * once a first code confirms the secret ({@link ConfirmTotpUseCase}). An account that has
 * two-factor on keeps its confirmed secret and codes until then.
 */
public interface EnableTwoFactorUseCase {

  Enrolment enable(Command command);

  /** What the person sets up their authenticator app with, and their backup codes, shown once. */
  record Enrolment(String totpUri, List<String> backupCodes) {}

  /** An enrolment by the holder of {@code sessionToken}, confirmed by the account's password. */
  record Command(String sessionToken, String password, String issuer, ClientInfo client) {

    public Command {
      Objects.requireNonNull(client, "client");
    }

    @Override
    public String toString() {
      return "EnableTwoFactorUseCase.Command[client=" + client + "]";
    }
  }
}
