package io.taskguard.application.port.out;

/** Hands a mail to the mail server (SMTP). */
public interface MailSender {

  /** Whether a mail server is configured at all; without one, mail waits in the outbox. */
  boolean configured();

  /**
   * Sends it, with a Message-ID derived from its outbox id, so a receiver can recognise the rare
   * second delivery of a mail whose server died between sending and recording it.
   *
   * @throws MailFailure when the mail server refuses it or cannot be reached
   */
  void send(MailDelivery.QueuedMail mail);

  /** Sending failed; the message says why, without any secret (no credential, no body). */
  final class MailFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MailFailure(String message) {
      super(message, null, false, false);
    }
  }
}
