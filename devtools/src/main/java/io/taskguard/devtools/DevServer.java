package io.taskguard.devtools;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The README's run command: deploys the WAR the build just made into the development server ({@code
 * taskguard-dev}, a server directory of its own, never the test server's), starts its database (an
 * embedded PostgreSQL unless {@code TASKGUARD_DB_HOST} is set) and its mail catcher (unless {@code
 * TASKGUARD_MAIL_HOST} is set: {@link DevMail}), then runs Liberty as a child process that writes
 * straight to this terminal: no console line passes through Maven. When the server is ready it
 * prints where everything is; Ctrl-C (or SIGTERM to Maven) stops Liberty, then the database, and
 * leaves no process behind.
 *
 * <p>Development settings are given to Liberty as environment variables, the way an operator gives
 * them, and only where the environment does not set them already: {@code
 * TASKGUARD_ENV=development}, plain-text console without the access log, at AUDIT level. Nothing is
 * written into the server's configuration, so nothing stays behind for the next command.
 *
 * <p>Arguments: the Liberty installation directory, the server name, the WAR.
 */
public final class DevServer {

  static final int HTTP_PORT = 9080;

  private static volatile boolean stopping;

  private DevServer() {}

  public static void main(String[] args) throws Exception {
    Path wlp = Path.of(args[0]);
    String name = args[1];
    Path serverDir = wlp.resolve("usr/servers").resolve(name);
    Files.createDirectories(serverDir.resolve("apps"));
    Files.copy(
        Path.of(args[2]),
        serverDir.resolve("apps/taskguard.war"),
        StandardCopyOption.REPLACE_EXISTING);
    requireFreePort(HTTP_PORT);

    Map<String, String> settings = new HashMap<>(DevSettings.defaults());
    DevDatabase database = null;
    String databaseDescription;
    String configuredHost = System.getenv("TASKGUARD_DB_HOST");
    if (configuredHost == null || configuredHost.isBlank()) {
      database = DevDatabase.start(DevSettings.pgData(), DevSettings.pgPort());
      settings.putAll(database.settings());
      databaseDescription = database.describe();
    } else {
      databaseDescription = "PostgreSQL at " + configuredHost + " (TASKGUARD_DB_* settings)";
    }

    DevMail mail = null;
    String mailDescription;
    String configuredMail = System.getenv("TASKGUARD_MAIL_HOST");
    if (configuredMail == null || configuredMail.isBlank()) {
      mail = DevMail.start(DevSettings.smtpPort(), System.out);
      settings.putAll(mail.settings());
      mailDescription = mail.describe();
    } else {
      mailDescription = "sent to " + configuredMail + " (TASKGUARD_MAIL_* settings)";
    }

    ProcessBuilder builder =
        new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", name).inheritIO();
    Map<String, String> environment = builder.environment();
    settings.forEach(environment::putIfAbsent);
    // Liberty runs on the JDK that Maven runs on
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    Process liberty = builder.start();
    DevDatabase started = database;
    DevMail catcher = mail;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(liberty, started, catcher)));

    if (DevReadiness.await(liberty, HTTP_PORT)) {
      System.out.println(
          DevSettings.banner(HTTP_PORT, databaseDescription, mailDescription, serverDir));
    }
    int exit = liberty.waitFor();
    if (exit != 0 && !stopping) {
      System.err.println("[taskguard] the server stopped with exit code " + exit);
    }
  }

  private static void requireFreePort(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(port));
    } catch (IOException e) {
      System.err.println(
          "[taskguard] port "
              + port
              + " is in use: another server (an earlier run command?) is listening there. Stop it"
              + " first.");
      System.exit(1);
    }
  }

  /**
   * Stops Liberty (SIGTERM: its orderly shutdown), waits for it, then stops the mail catcher and
   * the database.
   */
  private static void stop(Process liberty, DevDatabase database, DevMail mail) {
    stopping = true;
    try {
      if (liberty.isAlive()) {
        liberty.destroy();
        if (!liberty.waitFor(60, TimeUnit.SECONDS)) {
          liberty.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (mail != null) {
        mail.close();
      }
      if (database != null) {
        try {
          database.close();
        } catch (IOException e) {
          System.err.println("[taskguard] the embedded PostgreSQL did not stop: " + e);
        }
      }
    }
  }
}
