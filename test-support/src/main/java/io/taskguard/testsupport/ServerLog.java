package io.taskguard.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A Liberty JSON log of the test server, one record a line. */
public final class ServerLog {

  private final Path file;

  public ServerLog(Path file) {
    this.file = file;
  }

  public static ServerLog ofTestServer() {
    return testServerLog("messages.log");
  }

  /**
   * The test server's console (its {@code console.log}), where the JSON access log records go as
   * well as every message.
   */
  public static ServerLog consoleOfTestServer() {
    return testServerLog("console.log");
  }

  private static ServerLog testServerLog(String name) {
    return new ServerLog(Path.of(System.getProperty("taskguard.test.server.dir"), "logs", name));
  }

  /** Every JSON record, failing the test on one that does not parse. */
  public List<JsonObject> records() {
    List<JsonObject> records = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file)) {
        if (!line.startsWith("{")) {
          continue; // written before Liberty read the logging settings of server.xml
        }
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
          records.add(reader.readObject());
        } catch (RuntimeException notJson) {
          throw new AssertionError("not a JSON log line: " + line, notJson);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  /** The records matching {@code filter}, waiting up to 10 s for at least {@code count}. */
  public List<JsonObject> await(Predicate<JsonObject> filter, int count) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    List<JsonObject> found = List.of();
    while (System.nanoTime() < deadline) {
      found = records().stream().filter(filter).toList();
      if (found.size() >= count) {
        return found;
      }
      ExtraServer.sleep(200);
    }
    return found;
  }
}
