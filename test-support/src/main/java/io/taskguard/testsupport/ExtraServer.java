package io.taskguard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A further taskguard server beside the one the build started: same Liberty installation, same WAR
 * and configuration, its own ports, environment and logs. For tests that need a server of their own
 * (a database they may stop, a second server on one database).
 */
public final class ExtraServer implements AutoCloseable {

  private static final List<String> COPIED =
      List.of("server.xml", "mpjwt-trust.p12", "jdbc", "apps");

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
      ServerFiles.deleteTree(dir);
      Files.createDirectories(dir);
      for (String item : COPIED) {
        ServerFiles.copyTree(template.resolve(item), dir.resolve(item));
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

  /**
   * The environment of the server the build started (its database, secret, issuer and test
   * settings), to start a further server like it; a mutable copy.
   */
  public static Map<String, String> buildServerEnv() {
    Path template = Path.of(System.getProperty("taskguard.test.server.dir"));
    try {
      return ServerFiles.readEnv(template.resolve("server.env"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Ends the server's JVM with SIGKILL, as a crash or the kernel's out-of-memory killer would: no
   * shutdown hook, no orderly close of connections. Returns once the process is gone.
   */
  public long kill() {
    return signal(true, Duration.ofSeconds(30));
  }

  /**
   * Sends the server's JVM SIGTERM, as Kubernetes and systemd stop a process, and returns once it
   * has ended (Liberty's orderly stop: its listeners close, requests in flight finish).
   */
  public long terminate() {
    return signal(false, Duration.ofSeconds(90));
  }

  private long signal(boolean kill, Duration limit) {
    Path pidFile = wlp.resolve("usr/servers/.pid/" + name + ".pid");
    try {
      long pid = Long.parseLong(Files.readString(pidFile).strip());
      ProcessHandle jvm =
          ProcessHandle.of(pid)
              .orElseThrow(() -> new IllegalStateException("no process " + pid + " for " + name));
      if (kill) {
        jvm.destroyForcibly();
      } else {
        jvm.destroy();
      }
      jvm.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
      return pid;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("server " + name + " did not die", e);
    }
  }

  /**
   * Starts the server again (after {@link #kill()} or {@link #terminate()}), with its files, ports
   * and environment.
   */
  public void startAgain() {
    command("start");
  }

  public String baseUrl() {
    return "http://localhost:" + httpPort;
  }

  public int httpPort() {
    return httpPort;
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
}
