package io.taskguard.systemtest.cluster;

import io.taskguard.testsupport.ExtraServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy (the machine's, from the Debian package) in front of the servers, with the configuration
 * {@code docs/deploy.md} shows: health checks on {@code /health/ready}, retries of connections a
 * stopped server refused on another server, and a new connection to a server for every request (no
 * idle server connection is reused after its server went away). Its admin socket tells what it
 * thinks of each server.
 */
final class LoadBalancer implements AutoCloseable {

  /** The configuration docs/deploy.md shows. */
  static final Path SHIPPED = Path.of("../deploy/haproxy/haproxy.cfg");

  private final Path dir;
  private final int port;
  private final Process process;

  private LoadBalancer(Path dir, int port, Process process) {
    this.dir = dir;
    this.port = port;
    this.process = process;
  }

  /**
   * Starts HAProxy with the shipped configuration on {@code port}, the servers at {@code
   * serverPorts} in place of its three (named s1, s2, s3).
   */
  static LoadBalancer start(int port, List<Integer> serverPorts) throws IOException {
    Path dir = Files.createTempDirectory("taskguard-haproxy");
    String config = Files.readString(SHIPPED);
    for (int i = 0; i < serverPorts.size(); i++) {
      config =
          config.replace(
              "server taskguard-" + (i + 1) + " taskguard-" + (i + 1) + ":9080 ",
              "server s" + (i + 1) + " 127.0.0.1:" + serverPorts.get(i) + " ");
    }
    config =
        config
            .replace("/run/haproxy/admin.sock", dir.resolve("admin.sock").toString())
            .replace("bind :80\n", "bind 127.0.0.1:" + port + "\n");
    if (config.contains("taskguard-1:") || !config.contains("bind 127.0.0.1:")) {
      throw new IllegalStateException(SHIPPED + " no longer has the lines the test replaces");
    }
    Path file = dir.resolve("haproxy.cfg");
    Files.writeString(file, config);
    Process process =
        new ProcessBuilder("haproxy", "-db", "-f", file.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("haproxy.log").toFile())
            .start();
    LoadBalancer balancer = new LoadBalancer(dir, port, process);
    balancer.awaitSocket(Duration.ofSeconds(10));
    return balancer;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** HAProxy's view of each server: {@code UP}, {@code DOWN}, {@code UP 1/2}, ... by name. */
  Map<String, String> states() {
    Map<String, String> states = new TreeMap<>();
    for (String line : command("show stat").split("\n")) {
      String[] fields = line.split(",", -1);
      if (fields.length > 17 && "taskguard".equals(fields[0]) && fields[1].startsWith("s")) {
        states.put(fields[1], fields[17]);
      }
    }
    return states;
  }

  /** Waits until HAProxy sends requests to {@code server} again; returns how long that took. */
  Duration awaitUp(String server, Duration limit) {
    long start = System.nanoTime();
    while (!"UP".equals(states().get(server))) {
      if (System.nanoTime() - start > limit.toNanos()) {
        throw new AssertionError(server + " not UP in HAProxy within " + limit + ": " + states());
      }
      ExtraServer.sleep(50);
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** What HAProxy wrote (server state changes), for the test's report. */
  String log() {
    try {
      return Files.readString(dir.resolve("haproxy.log"));
    } catch (IOException e) {
      return e.toString();
    }
  }

  private String command(String line) {
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(dir.resolve("admin.sock")));
      channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.US_ASCII)));
      ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
      StringBuilder answer = new StringBuilder();
      while (channel.read(buffer) > 0) {
        buffer.flip();
        answer.append(StandardCharsets.US_ASCII.decode(buffer));
        buffer.clear();
      }
      return answer.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitSocket(Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!Files.exists(dir.resolve("admin.sock"))) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException("HAProxy did not start:\n" + log());
      }
      ExtraServer.sleep(50);
    }
  }

  @Override
  public void close() throws IOException {
    process.destroy();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    io.taskguard.testsupport.ServerFiles.deleteTree(dir);
  }
}
