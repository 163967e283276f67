package io.taskguard.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevMailTest {

  /**
   * An email change mails the new address, then a notice to the old one, which already has mail;
   * GreenMail lists mail mailbox by mailbox, so the console must not take the list's order for the
   * order of arrival.
   */
  @Test
  void everyMailIsShownOnceWhateverItsMailbox() throws Exception {
    int port = freePort();
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    List<String> recipients =
        List.of("old@example.test", "new@example.test", "old@example.test", "bob@example.test");
    try (DevMail mail =
        DevMail.start(port, new PrintStream(console, true, StandardCharsets.UTF_8))) {
      ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
      for (int i = 0; i < recipients.size(); i++) {
        GreenMailUtil.sendTextEmail(
            recipients.get(i), "taskguard@example.test", "Mail " + i, "see http://x/" + i, smtp);
        awaitLines(console, i + 1);
      }
    }
    String shown = console.toString(StandardCharsets.UTF_8);
    for (int i = 0; i < recipients.size(); i++) {
      assertEquals(1, count(shown, "[mail] to " + recipients.get(i) + ": Mail " + i), shown);
    }
  }

  private static void awaitLines(ByteArrayOutputStream console, int mails) throws Exception {
    Instant until = Instant.now().plus(Duration.ofSeconds(10));
    while (count(console.toString(StandardCharsets.UTF_8), "[mail] to ") < mails
        && Instant.now().isBefore(until)) {
      Thread.sleep(50);
    }
    Thread.sleep(300);
  }

  private static int count(String text, String part) {
    int found = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      found++;
    }
    return found;
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
