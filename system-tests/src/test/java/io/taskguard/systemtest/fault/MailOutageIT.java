package io.taskguard.systemtest.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.ExtraServer;
import io.taskguard.testsupport.FreshDatabase;
import io.taskguard.testsupport.TaskApi;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Mail written while the SMTP server is down is not lost: the server keeps it in the outbox,
 * retries, and sends each mail once when the SMTP server is back, then drops its body. A server of
 * its own on a database of its own, so no other server's relay sends its mail meanwhile.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class MailOutageIT {

  @Test
  void mailQueuedDuringAnSmtpOutageIsSentOnceItIsBack() throws Exception {
    int smtpPort = ExtraServer.freePort();
    try (FreshDatabase db = FreshDatabase.create("mail")) {
      Map<String, String> env = db.serverEnv();
      env.put("TASKGUARD_MAIL_PORT", Integer.toString(smtpPort));
      try (ExtraServer server = ExtraServer.start("taskguard-mailoutage", env)) {
        server.awaitStatus("/health/ready", 200, Duration.ofSeconds(150));
        AuthApi auth = new AuthApi(new TaskApi(server.baseUrl()));
        AuthApi.Account account = auth.newAccount("Patient");
        auth.post(
            "/api/auth/request-password-reset",
            null,
            AuthApi.json(Map.of("email", account.email())),
            AuthApi.newAddress());

        String failed =
            "SELECT 1 FROM mail_outbox WHERE recipient = ? AND attempts >= 1"
                + " AND last_error IS NOT NULL AND sent_at IS NULL";
        await(
            () -> db.tables().rows(failed, account.email()).size() == 2,
            Duration.ofSeconds(30),
            "both mails tried and failed while nothing listens");

        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
        smtp.start();
        try {
          await(
              () -> smtp.getReceivedMessages().length >= 2,
              Duration.ofSeconds(100),
              "the mails arrive after the outage (30 s back-off, 30 s poll)");
          String done =
              "SELECT 1 FROM mail_outbox WHERE recipient = ? AND sent_at IS NOT NULL"
                  + " AND text_body = '' AND html_body = ''";
          await(
              () -> db.tables().rows(done, account.email()).size() == 2,
              Duration.ofSeconds(10),
              "both recorded as sent, their bodies dropped");
          ExtraServer.sleep(3000);
          List<String> subjects = new ArrayList<>();
          for (MimeMessage message : smtp.getReceivedMessages()) {
            subjects.add(subject(message));
          }
          assertEquals(2, subjects.size(), subjects::toString);
          assertTrue(subjects.contains("Verify your taskguard email"), subjects::toString);
          assertTrue(subjects.contains("Reset your taskguard password"), subjects::toString);
        } finally {
          smtp.stop();
        }
      }
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(BooleanSupplier condition, Duration limit, String what) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + limit + ": " + what);
      }
      ExtraServer.sleep(250);
    }
  }
}
