package io.taskguard.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMTP server the test servers send mail to (GreenMail, a real SMTP server in this JVM), and
 * what it received. It runs for the whole integration-test run ({@link MailboxSession}), on {@code
 * taskguard.test.smtp.port}.
 */
public final class Mailbox {

  /** One mail as received: the recipient, subject, the two bodies and the raw headers. */
  public record Mail(String to, String subject, String text, String html, String messageId) {

    /** The first link in the text body that contains {@code part}. */
    public String link(String part) {
      Matcher links = LINK.matcher(text);
      while (links.find()) {
        if (links.group().contains(part)) {
          return links.group();
        }
      }
      throw new AssertionError("no link with " + part + " in: " + text);
    }
  }

  private static final Pattern LINK = Pattern.compile("https?://\\S+");
  private static GreenMail server;

  /** GreenMail logs a line per new mailbox at INFO; kept here so the setting is not collected. */
  private static final java.util.logging.Logger GREENMAIL_LOG = quiet();

  private static java.util.logging.Logger quiet() {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger("com.icegreen.greenmail");
    logger.setLevel(java.util.logging.Level.WARNING);
    return logger;
  }

  private Mailbox() {}

  /** Starts the server once; later calls do nothing. */
  public static synchronized void start(int port) {
    if (server == null) {
      server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
  }

  public static synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  private static synchronized GreenMail server() {
    if (server == null) {
      start(Integer.getInteger("taskguard.test.smtp.port", 19025));
    }
    return server;
  }

  /** Every mail received so far for {@code recipient}, oldest first. */
  public static List<Mail> to(String recipient) {
    List<Mail> mails = new ArrayList<>();
    for (MimeMessage message : server().getReceivedMessages()) {
      Mail mail = read(message);
      if (mail.to().equalsIgnoreCase(recipient)) {
        mails.add(mail);
      }
    }
    return mails;
  }

  /** Waits (up to 20 s) until {@code recipient} has received {@code count} mails; returns them. */
  public static List<Mail> await(String recipient, int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    List<Mail> mails = to(recipient);
    while (mails.size() < count && System.nanoTime() < deadline) {
      sleep(100);
      mails = to(recipient);
    }
    if (mails.size() < count) {
      throw new AssertionError(
          recipient + " received " + mails.size() + " mails, expected " + count + ": " + mails);
    }
    return mails;
  }

  /**
   * The newest mail to {@code recipient} whose subject contains {@code subject}, waiting for it.
   */
  public static Mail latest(String recipient, String subject) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      Optional<Mail> found =
          to(recipient).stream()
              .filter(mail -> mail.subject().contains(subject))
              .reduce((a, b) -> b);
      if (found.isPresent()) {
        return found.get();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "no mail '" + subject + "' to " + recipient + ": " + to(recipient));
      }
      sleep(100);
    }
  }

  /** Asserts that nothing more than {@code count} mails reaches {@code recipient} for a while. */
  public static void assertStaysAt(String recipient, int count, Duration wait) {
    sleep(wait.toMillis());
    List<Mail> mails = to(recipient);
    if (mails.size() != count) {
      throw new AssertionError(
          recipient + " received " + mails.size() + ", expected " + count + ": " + mails);
    }
  }

  private static Mail read(MimeMessage message) {
    try {
      String to =
          Arrays.stream(message.getRecipients(Message.RecipientType.TO))
              .map(Object::toString)
              .findFirst()
              .orElse("");
      String text = "";
      String html = "";
      Object content = message.getContent();
      if (content instanceof MimeMultipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart part = multipart.getBodyPart(i);
          if (part.isMimeType("text/plain")) {
            text = part.getContent().toString();
          } else if (part.isMimeType("text/html")) {
            html = part.getContent().toString();
          }
        }
      } else {
        text = String.valueOf(content);
      }
      return new Mail(to, message.getSubject(), text, html, message.getMessageID());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("unreadable mail", e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
