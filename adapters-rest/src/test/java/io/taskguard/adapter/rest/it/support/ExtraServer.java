package io.taskguard.adapter.rest.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A further taskguard server beside the one the build started: same Liberty installation, same WAR
 * and configuration, its own ports, environment and logs. For tests that need a server of their own
 * (a database they may stop, a second server on one database).
 */
public final class ExtraServer implements AutoCloseable {

  private static final List<String> COPIED = List.of("server.xml", "jdbc", "apps");

  private final Path wlp;
  private final String name;
  private final int httpPort;
  private final int httpsPort;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private ExtraServer(Path wlp, String name, int httpPort, int httpsPort) {
    this.wlp = wlp;
    this.name = name;
    this.httpPort = httpPort;
    this.httpsPort = httpsPort;
  }

  /** Creates and starts server {@code name} with {@code env} added to its environment. */
  public static ExtraServer start(String name, Map<String, String> env) {
    Path template = Path.of(System.getProperty("taskguard.test.server.dir"));
    Path wlp = template.getParent().getParent().getParent();
    Path dir = wlp.resolve("usr/servers/" + name);
    int httpPort = freePort();
    int httpsPort = freePort();
    try {
      deleteTree(dir);
      Files.createDirectories(dir);
      for (String item : COPIED) {
        copyTree(template.resolve(item), dir.resolve(item));
      }
      StringBuilder serverEnv = new StringBuilder();
      env.forEach((key, value) -> serverEnv.append(key).append('=').append(value).append('\n'));
      Files.writeString(dir.resolve("server.env"), serverEnv);
      Files.writeString(
          dir.resolve("bootstrap.properties"),
          "http.port=" + httpPort + "\nhttps.port=" + httpsPort + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ExtraServer server = new ExtraServer(wlp, name, httpPort, httpsPort);
    server.command("start");
    return server;
  }

  /** The build's test server's {@code server.env}: its database, secret and test settings. */
  public static Map<String, String> testServerEnv() {
    Path template = Path.of(System.getProperty("taskguard.test.server.dir"));
    Map<String, String> env = new HashMap<>();
    try {
      for (String line : Files.readAllLines(template.resolve("server.env"))) {
        int equals = line.indexOf('=');
        if (!line.startsWith("#") && equals > 0) {
          env.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return env;
  }

  public String baseUrl() {
    return "http://localhost:" + httpPort;
  }

  public int httpsPort() {
    return httpsPort;
  }

  public Path logs() {
    return wlp.resolve("usr/servers/" + name + "/logs");
  }

  /** The status of {@code GET path}, or -1 when the server does not answer. */
  public int status(String path) {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create(baseUrl() + path))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Polls {@code GET path} until it answers {@code expected}; returns the time it took. */
  public Duration awaitStatus(String path, int expected, Duration limit) {
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (status(path) == expected) {
        return Duration.ofNanos(System.nanoTime() - start);
      }
      sleep(100);
    }
    throw new AssertionError(path + " did not answer " + expected + " within " + limit);
  }

  @Override
  public void close() {
    command("stop");
  }

  private void command(String action) {
    try {
      Process process =
          new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("server " + action + " " + name + " timed out");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(path);
      }
    }
  }
}
