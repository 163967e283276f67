package io.taskguard.application.port.in;

/** Shows the {@code otpauth://} URI of the account's TOTP secret again, to set up another app. */
public interface TotpUriUseCase {

  /** The URI of the confirmed secret (or, during an enrolment, of the one waiting). */
  String totpUri(PasswordConfirmedCommand command);
}
