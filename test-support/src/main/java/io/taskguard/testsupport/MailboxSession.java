package io.taskguard.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Runs the {@link Mailbox} for the whole test run when {@code taskguard.test.smtp.port} is set (the
 * integration tests; the test server sends its mail there from its first request on).
 */
public class MailboxSession implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    Integer port = Integer.getInteger("taskguard.test.smtp.port");
    if (port != null) {
      Mailbox.start(port);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    Mailbox.stop();
  }
}
