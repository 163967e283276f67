package io.taskguard.adapter.mail;

import io.taskguard.application.port.out.MailDelivery.QueuedMail;
import io.taskguard.application.port.out.MailSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail over SMTP with Jakarta Mail (Liberty's {@code mail-2.1} feature), configured from
 * {@code taskguard.mail.*}. Each message has the text and the HTML body as alternatives and a
 * Message-ID made from its outbox id, so a receiver can tell a rare second delivery (a server that
 * died between sending and recording) from a new mail.
 */
@ApplicationScoped
public class SmtpMailSender implements MailSender {

  /** How SMTP is secured. */
  enum Security {
    /** STARTTLS, required: the connection is upgraded before anything is sent (port 587). */
    STARTTLS,
    /** TLS from the first byte (port 465). */
    TLS,
    /** None: only for a mail server on the same host or a development catcher. */
    NONE
  }

  private final Optional<String> host;
  private final Optional<String> user;
  private final Optional<String> password;
  private final InternetAddress from;
  private final String messageIdDomain;
  private final Session session;

  /** For CDI's client proxy only. */
  protected SmtpMailSender() {
    this.host = Optional.empty();
    this.user = Optional.empty();
    this.password = Optional.empty();
    this.from = null;
    this.messageIdDomain = null;
    this.session = null;
  }

  @Inject
  public SmtpMailSender(
      @ConfigProperty(name = "taskguard.mail.host") Optional<String> host,
      @ConfigProperty(name = "taskguard.mail.port", defaultValue = "587") int port,
      @ConfigProperty(name = "taskguard.mail.security", defaultValue = "starttls") String security,
      @ConfigProperty(name = "taskguard.mail.user") Optional<String> user,
      @ConfigProperty(name = "taskguard.mail.password") Optional<String> password,
      @ConfigProperty(name = "taskguard.mail.from", defaultValue = "taskguard <no-reply@localhost>")
          String from) {
    this.host = host.map(String::strip).filter(value -> !value.isEmpty());
    this.user = user.filter(value -> !value.isEmpty());
    this.password = password;
    try {
      this.from = new InternetAddress(from, true);
    } catch (AddressException e) {
      throw new IllegalArgumentException("TASKGUARD_MAIL_FROM is not a mail address", e);
    }
    String address = this.from.getAddress();
    this.messageIdDomain = address.substring(address.indexOf('@') + 1);
    this.session =
        Session.getInstance(
            properties(
                this.host.orElse("localhost"),
                port,
                Security.valueOf(security.strip().toUpperCase(Locale.ROOT)),
                this.user.isPresent()));
  }

  static Properties properties(String host, int port, Security security, boolean authenticate) {
    Properties properties = new Properties();
    properties.setProperty("mail.smtp.host", host);
    properties.setProperty("mail.smtp.port", Integer.toString(port));
    properties.setProperty("mail.smtp.auth", Boolean.toString(authenticate));
    properties.setProperty("mail.smtp.connectiontimeout", "10000");
    properties.setProperty("mail.smtp.timeout", "20000");
    properties.setProperty("mail.smtp.writetimeout", "20000");
    switch (security) {
      case STARTTLS -> {
        properties.setProperty("mail.smtp.starttls.enable", "true");
        properties.setProperty("mail.smtp.starttls.required", "true");
        properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
      }
      case TLS -> {
        properties.setProperty("mail.smtp.ssl.enable", "true");
        properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
      }
      case NONE -> {
        // plain SMTP
      }
    }
    return properties;
  }

  @Override
  public boolean configured() {
    return host.isPresent();
  }

  @Override
  public void send(QueuedMail mail) {
    try {
      MimeMessage message = message(mail);
      if (user.isPresent()) {
        Transport.send(message, user.get(), password.orElse(""));
      } else {
        Transport.send(message);
      }
    } catch (MessagingException e) {
      throw new MailFailure(describe(e));
    }
  }

  MimeMessage message(QueuedMail mail) throws MessagingException {
    String messageId = "<outbox-" + mail.id() + "@" + messageIdDomain + ">";
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    message.setFrom(from);
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
    MimeMultipart alternatives = new MimeMultipart("alternative");
    alternatives.addBodyPart(text);
    alternatives.addBodyPart(html);
    message.setContent(alternatives);
    return message;
  }

  /** What went wrong, in one line, without the message or any credential. */
  static String describe(MessagingException failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String detail = failure.getMessage() == null ? "" : failure.getMessage();
    String reason = failure.getClass().getSimpleName() + ": " + detail.replaceAll("\\s+", " ");
    if (cause != failure) {
      reason += " (" + cause.getClass().getSimpleName() + ")";
    }
    return reason.strip();
  }
}
