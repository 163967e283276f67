package io.taskguard.application.port.in;

/**
 * Mails a one-time code to the account of a challenged sign-in, as its second factor. A new code
 * replaces the one sent before; how often is limited like the other mails of an account.
 */
public interface SendChallengeCodeUseCase {

  void send(String challengeToken, ClientInfo client);
}
