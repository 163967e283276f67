package io.taskguard.devtools;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the run command sets for its server, and what it tells the person who ran it. Every name
 * here is a setting of the configuration table (docs/configuration.md); the run command gives each
 * only where the environment leaves it unset.
 */
final class DevSettings {

  private DevSettings() {}

  /** The development server's settings, besides its database. */
  static Map<String, String> defaults() {
    return Map.of(
        "TASKGUARD_ENV", "development",
        "TASKGUARD_LOG_FORMAT", "simple",
        "TASKGUARD_CONSOLE_LOG_LEVEL", "AUDIT",
        "TASKGUARD_CONSOLE_SOURCES", "message,ffdc",
        // Liberty's Java agent extends the boot class path, and JDK 17 then warns on every start
        // that its class-data-sharing archive serves boot classes only; without the archive the
        // development server starts as fast and without the warning
        "JVM_ARGS", "-Xshare:off");
  }

  /**
   * Where the embedded PostgreSQL keeps its data: {@code TASKGUARD_DEV_PGDATA}, by default {@code
   * ~/.taskguard/dev-postgres} with {@code ~} the shell's {@code HOME} (Java's {@code user.home}
   * comes from the password database instead).
   */
  static Path pgData() {
    String home = env("HOME", System.getProperty("user.home"));
    return Path.of(env("TASKGUARD_DEV_PGDATA", home + "/.taskguard/dev-postgres"));
  }

  /** Its port: {@code TASKGUARD_DEV_PGPORT}. */
  static int pgPort() {
    return Integer.parseInt(env("TASKGUARD_DEV_PGPORT", "54329"));
  }

  /** The mail catcher's SMTP port: {@code TASKGUARD_DEV_SMTP_PORT}. */
  static int smtpPort() {
    return Integer.parseInt(env("TASKGUARD_DEV_SMTP_PORT", "2525"));
  }

  static String banner(int httpPort, String database, String mail, Path serverDir) {
    String base = "http://localhost:" + httpPort;
    return """

        taskguard is ready (development mode)
          web UI          %1$s/
          API explorer    %1$s/openapi/ui
          readiness       %1$s/health/ready
          database        %2$s
          mail            %3$s
          server logs     %4$s
          stop            Ctrl-C
        """
        .formatted(base, database, mail, serverDir.resolve("logs"));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
