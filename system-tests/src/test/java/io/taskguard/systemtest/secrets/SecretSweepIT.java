package io.taskguard.systemtest.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.taskguard.systemtest.secrets.SecretSweep.Finding;
import io.taskguard.systemtest.secrets.SecretSweep.Secret;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.WireLog;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Secrets stay secret: runs after every other integration test (a failsafe execution of its own,
 * while the build's server is still up) and searches the logs of every server the suite started
 * (messages, console, trace, access log, FFDC) and every answer the suite received for the
 * passwords, session tokens and JWTs the suite handled ({@link WireLog}), the password hashes in
 * the users table and the key-encryption secret. Credentials may appear only where the wire
 * contract hands them out ({@link RecordedAnswers}); passwords and hashes nowhere. A failure names
 * the file and the kind of secret, never the secret.
 */
class SecretSweepIT {

  @Test
  void noSecretInAnyServerLogOrAnswer() throws IOException, InterruptedException {
    Thread.sleep(1500); // the access log is written asynchronously
    List<Secret> secrets = new ArrayList<>(registered());
    secrets.addAll(passwordHashes());
    String keySecret = System.getProperty("taskguard.test.secret", "");
    if (!keySecret.isEmpty()) {
      secrets.add(new Secret("key-encryption secret", keySecret));
    }
    SecretSweep sweep = new SecretSweep(secrets);
    provesItCanFind(sweep, secrets);

    List<Finding> findings = new ArrayList<>();
    int answers = 0;
    for (Path file : files(WireLog.DIR, "answers-")) {
      for (RecordedAnswers.Answer answer :
          RecordedAnswers.parse(file.getFileName().toString(), Files.readAllLines(file))) {
        findings.addAll(sweep.scanText(answer.where(), answer.text()));
        answers++;
      }
    }
    long answerBytes = sweep.bytesScanned();
    List<Path> logs = serverLogs();
    for (Path log : logs) {
      findings.addAll(sweep.scanBytes(log.toString(), Files.readAllBytes(log)));
    }
    System.out.printf(
        "[secret-sweep] %d secrets %s; %d answers (%d bytes); %d server log files (%d bytes);"
            + " %d findings%n",
        sweep.needles(),
        byKind(secrets),
        answers,
        answerBytes,
        logs.size(),
        sweep.bytesScanned() - answerBytes,
        findings.size());
    assertEquals(List.of(), findings, "secrets found where they must not be");
  }

  /**
   * The sweep finds a planted copy of one secret of each kind, so an empty result means something.
   */
  private static void provesItCanFind(SecretSweep sweep, List<Secret> secrets) {
    Map<String, Secret> oneOfEach = new TreeMap<>();
    secrets.forEach(secret -> oneOfEach.putIfAbsent(secret.kind(), secret));
    oneOfEach.forEach(
        (kind, secret) ->
            assertFalse(
                sweep.scanText("planted", "a log line [" + secret.value() + "] planted").isEmpty(),
                "the sweep cannot find a planted " + kind));
  }

  private static List<Secret> registered() throws IOException {
    List<Secret> secrets = new ArrayList<>();
    for (Path file : files(WireLog.DIR, "secrets-")) {
      for (String line : Files.readAllLines(file)) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
          JsonObject secret = reader.readObject();
          secrets.add(new Secret(secret.getString("kind"), secret.getString("value")));
        }
      }
    }
    return secrets;
  }

  /** Each stored PHC string, and its hash segment alone. */
  private static List<Secret> passwordHashes() {
    List<Secret> hashes = new ArrayList<>();
    for (Map<String, Object> row : new AuthTables().rows("SELECT password_hash FROM users")) {
      String phc = (String) row.get("password_hash");
      hashes.add(new Secret("password hash", phc));
      hashes.add(new Secret("password hash", phc.substring(phc.lastIndexOf('$') + 1)));
    }
    return hashes;
  }

  /**
   * The server {@code bench/run} starts from the same build: not a test's, none of its secrets are
   * registered, and after a benchmark its logs run to a gigabyte or more.
   */
  private static final String BENCH_SERVER = "taskguard-bench";

  private static List<Path> serverLogs() throws IOException {
    Path servers = Path.of(System.getProperty("taskguard.test.server.dir")).getParent();
    List<Path> logs = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(servers)) {
      for (Path server : dirs.toList()) {
        Path dir = server.resolve("logs");
        if (Files.isDirectory(dir) && !server.getFileName().toString().equals(BENCH_SERVER)) {
          try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).sorted().forEach(logs::add);
          }
        }
      }
    }
    return logs;
  }

  private static List<Path> files(Path dir, String prefix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList();
    }
  }

  private static Map<String, Long> byKind(List<Secret> secrets) {
    Map<String, Long> counts = new TreeMap<>();
    secrets.forEach(secret -> counts.merge(secret.kind(), 1L, Long::sum));
    return counts;
  }
}
