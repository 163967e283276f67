package io.taskguard.application.port.in;

import java.util.Objects;

/**
 * A TOTP code from a signed-in person. During an enrolment it confirms the new secret: two-factor
 * is on and the session is replaced by a new one. Otherwise it proves the second factor again
 * (step-up) without making a session.
 */
public interface ConfirmTotpUseCase {

  SignedIn confirm(Command command);

  /** The code, from the holder of {@code sessionToken}. */
  record Command(String sessionToken, String code, ClientInfo client) {

    public Command {
      Objects.requireNonNull(client, "client");
    }

    @Override
    public String toString() {
      return "ConfirmTotpUseCase.Command[client=" + client + "]";
    }
  }
}
