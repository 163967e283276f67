package io.taskguard.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The outbox as the sender sees it. A server claims due mails for a lease (committed at once, so no
 * other server takes them meanwhile), sends them, and records each outcome; a mail whose server
 * died before recording is claimed again when its lease ends.
 */
public interface MailDelivery {

  /** A claimed mail; {@code attempts} counts this one. */
  record QueuedMail(
      long id, String recipient, String subject, String text, String html, int attempts) {}

  /** Claims up to {@code limit} mails due at {@code now} for {@code lease}. */
  List<QueuedMail> claimDue(Instant now, int limit, Duration lease);

  /** The mail was accepted by the mail server; its bodies (which may hold a link) are dropped. */
  void sent(long id, Instant now);

  /** Sending failed; it is tried again at {@code retryAt}. {@code error} holds no secret. */
  void failed(long id, Instant retryAt, String error);

  /** Sending failed for the last time; the mail is not tried again and its bodies are dropped. */
  void abandon(long id, Instant now, String error);

  /** Mails waiting to be sent (neither sent nor given up), for the operator's view. */
  long pending();
}
