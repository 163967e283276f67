package io.taskguard.systemtest.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.ExtraServer;
import io.taskguard.testsupport.FreshDatabase;
import io.taskguard.testsupport.TaskApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A packaged server working off a backlog of ended sessions stops promptly when told to, without
 * Liberty's quiesce warning or a failed batch, and the next start finishes the backlog; the live
 * session stays.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class RetentionBacklogIT {

  static final int ENDED = 1_000_000;

  @Test
  void aServerStoppedMidBacklogStopsPromptlyAndTheNextStartFinishesIt() throws Exception {
    try (FreshDatabase db = FreshDatabase.create("retention")) {
      Map<String, String> env = db.serverEnv();
      env.put("TASKGUARD_RETENTION_INTERVAL", "PT2S");
      ExtraServer server = ExtraServer.start("taskguard-retention", env);
      try {
        server.awaitStatus("/health/ready", 200, Duration.ofSeconds(120));
        AuthApi.Account user = new AuthApi(new TaskApi(server.baseUrl())).newAccount("Kept");
        db.tables()
            .update(
                "INSERT INTO sessions (id, user_id, token_hash, expires_at, created_at, updated_at,"
                    + " revoked_at) SELECT 'ended-' || g, ?, decode(md5('ended-' || g), 'hex'),"
                    + " now() - interval '20 days', now() - interval '40 days',"
                    + " now() - interval '30 days', now() - interval '30 days'"
                    + " FROM generate_series(1, "
                    + ENDED
                    + ") g",
                user.id());
        awaitEndedBelow(db, ENDED, Duration.ofSeconds(60));

        long stopping = System.nanoTime();
        server.close();
        long stopMillis = (System.nanoTime() - stopping) / 1_000_000;
        long left = ended(db);
        String log = Files.readString(server.logs().resolve("messages.log"));
        System.out.printf(
            "[retention] server stop took %d ms with %d of %d ended sessions left%n",
            stopMillis, left, ENDED);
        assertTrue(stopMillis < 20_000, "server stop took " + stopMillis + " ms");
        assertTrue(left > 0, "the run went on through the stop (or the backlog was too small)");
        assertFalse(log.contains("CWWKE1102W"), "Liberty's quiesce waited for work in flight");
        assertFalse(log.contains("Retention failed"), "a batch failed while stopping");
        List<Path> ffdc = ffdcNamingTaskguard(server.logs());
        assertEquals(
            List.of(),
            ffdc,
            () -> ffdc.isEmpty() ? "" : read(ffdc.get(0)).lines().limit(40).toList().toString());

        server.startAgain();
        server.awaitStatus("/health/ready", 200, Duration.ofSeconds(120));
        awaitEndedBelow(db, 1, Duration.ofSeconds(150));
        assertEquals(
            List.of(Map.of("user_id", user.id())),
            db.tables().rows("SELECT user_id FROM sessions WHERE revoked_at IS NULL"),
            "the live session is kept");
        assertTrue(
            Files.readString(server.logs().resolve("messages.log")).contains("Retention removed"),
            "no run reported what it removed");
      } finally {
        server.close();
      }
    }
  }

  private static long ended(FreshDatabase db) {
    return (Long)
        db.tables()
            .rows("SELECT count(*) AS n FROM sessions WHERE revoked_at IS NOT NULL")
            .get(0)
            .get("n");
  }

  /** Waits until fewer than {@code limit} ended sessions are left. */
  private static void awaitEndedBelow(FreshDatabase db, long limit, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    long left = ended(db);
    while (left >= limit && System.nanoTime() < deadline) {
      ExtraServer.sleep(200);
      left = ended(db);
    }
    assertTrue(left < limit, left + " ended sessions left after " + within);
  }

  /** FFDC incident files that mention taskguard's code. */
  private static List<Path> ffdcNamingTaskguard(Path logs) throws IOException {
    Path ffdc = logs.resolve("ffdc");
    if (!Files.isDirectory(ffdc)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(ffdc)) {
      return files.filter(f -> read(f).contains("io.taskguard")).toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "";
    }
  }
}
