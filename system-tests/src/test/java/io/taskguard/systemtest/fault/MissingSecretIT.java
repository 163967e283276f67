package io.taskguard.systemtest.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.ExtraServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Outside development, taskguard refuses to start without the key-encryption secret, and says why
 * in its log, naming the setting.
 */
class MissingSecretIT {

  @Test
  void productionRefusesToStartWithoutASecret() throws Exception {
    URI db = URI.create(System.getProperty("taskguard.test.db.url").substring("jdbc:".length()));
    Map<String, String> env =
        Map.of(
            "TASKGUARD_DB_HOST", db.getHost(),
            "TASKGUARD_DB_PORT", Integer.toString(db.getPort()),
            "TASKGUARD_DB_NAME", db.getPath().substring(1),
            "TASKGUARD_DB_USER", System.getProperty("taskguard.test.db.user"),
            "TASKGUARD_ENV", "production");
    try (ExtraServer server = ExtraServer.start("taskguard-nosecret", env)) {
      Path messages = server.logs().resolve("messages.log");
      long deadline = System.nanoTime() + 90_000_000_000L;
      String log = "";
      // CWWKZ0012I: "The application taskguard was not started."
      while (System.nanoTime() < deadline && !log.contains("CWWKZ0012I")) {
        Thread.sleep(500);
        log = Files.exists(messages) ? Files.readString(messages) : "";
      }
      assertTrue(log.contains("CWWKZ0012I"), "the application started without a secret");
      assertTrue(log.contains("TASKGUARD_SECRET"), "the log does not say what is missing");
      assertEquals(404, server.status("/api/auth/ok"));
      assertEquals(503, server.status("/health/ready"));
    }
  }
}
