package io.taskguard.application.port.out;

import java.time.Instant;

/**
 * Mail to send, written in the transaction of the change it tells about: if the change rolls back,
 * no mail goes; once it commits, the mail is sent after it, by any server, until it is delivered.
 */
public interface MailOutbox {

  /** One mail: its recipient, subject, and the same message as plain text and as HTML. */
  record OutgoingMail(String recipient, String subject, String text, String html) {}

  void enqueue(OutgoingMail mail, Instant now);
}
