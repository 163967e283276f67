package io.taskguard.application.port.in;

import java.util.Objects;

/**
 * The second step of a challenged sign-in: a TOTP code, a backup code or a mailed code, answered
 * with the challenge token that the first step gave. The right answer opens a session (and, when
 * asked, trusts the device); wrong answers are limited per challenge, per account and per address.
 */
public interface AnswerChallengeUseCase {

  SignInOutcome answer(Command command);

  /** The kinds of second factor a challenge accepts. */
  enum Method {
    TOTP,
    BACKUP_CODE,
    MAILED_CODE
  }

  /** An answer to the challenge that {@code challengeToken} proves. */
  record Command(
      String challengeToken, Method method, String code, boolean trustDevice, ClientInfo client) {

    public Command {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(client, "client");
    }

    @Override
    public String toString() {
      return "AnswerChallengeUseCase.Command[method=" + method + ", client=" + client + "]";
    }
  }
}
