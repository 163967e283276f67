package io.taskguard.devtools;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run command's mail server: GreenMail, a real SMTP server, on 127.0.0.1 only, catching every
 * mail the development server sends (nothing leaves the machine). Each mail is shown on the console
 * with its link, so password reset and verification work without a mail server.
 */
final class DevMail implements AutoCloseable {

  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  /** GreenMail logs a line per new mailbox at INFO; kept here so the setting is not collected. */
  private static final java.util.logging.Logger GREENMAIL_LOG = quiet();

  private static java.util.logging.Logger quiet() {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger("com.icegreen.greenmail");
    logger.setLevel(java.util.logging.Level.WARNING);
    return logger;
  }

  private final GreenMail server;
  private final int port;
  private final Thread printer;

  private DevMail(GreenMail server, int port, PrintStream out) {
    this.server = server;
    this.port = port;
    this.printer = new Thread(() -> printArrivals(out), "taskguard-dev-mail");
    this.printer.setDaemon(true);
    this.printer.start();
  }

  static DevMail start(int port, PrintStream out) {
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return new DevMail(server, port, out);
  }

  /** The server's mail settings: this catcher, plain SMTP on the loopback address. */
  Map<String, String> settings() {
    return Map.of(
        "TASKGUARD_MAIL_HOST", "127.0.0.1",
        "TASKGUARD_MAIL_PORT", Integer.toString(port),
        "TASKGUARD_MAIL_SECURITY", "none");
  }

  String describe() {
    return "caught on 127.0.0.1:" + port + " (SMTP); each mail and its link is shown here";
  }

  /**
   * Prints each mail once. GreenMail lists what it received mailbox by mailbox, not in order of
   * arrival, so a mail is recognised by its Message-ID, not by its place in the list.
   */
  private void printArrivals(PrintStream out) {
    Set<String> shown = new HashSet<>();
    while (!Thread.currentThread().isInterrupted()) {
      try {
        if (!server.waitForIncomingEmail(1000, shown.size() + 1)) {
          continue;
        }
        for (MimeMessage message : server.getReceivedMessages()) {
          if (shown.add(idOf(message))) {
            out.println(summary(message));
          }
        }
      } catch (RuntimeException e) {
        if (Thread.currentThread().isInterrupted()) {
          return;
        }
      }
    }
  }

  private static String idOf(MimeMessage message) {
    try {
      String id = message.getMessageID();
      return id != null ? id : "identity-" + System.identityHashCode(message);
    } catch (MessagingException e) {
      return "identity-" + System.identityHashCode(message);
    }
  }

  /** "[mail] to ...: subject" and the mail's link, if it has one. */
  static String summary(MimeMessage message) {
    try {
      String to = String.valueOf(message.getRecipients(Message.RecipientType.TO)[0]);
      StringBuilder line =
          new StringBuilder("[mail] to ").append(to).append(": ").append(message.getSubject());
      Matcher link = LINK.matcher(text(message));
      if (link.find()) {
        line.append("\n       ").append(link.group());
      }
      return line.toString();
    } catch (MessagingException | IOException e) {
      return "[mail] a mail arrived that could not be read: " + e.getMessage();
    }
  }

  private static String text(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return part.getContent().toString();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = text(multipart.getBodyPart(i));
        if (!text.isEmpty()) {
          return text;
        }
      }
    }
    return "";
  }

  @Override
  public void close() {
    printer.interrupt();
    server.stop();
  }
}
