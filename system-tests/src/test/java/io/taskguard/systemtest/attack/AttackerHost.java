package io.taskguard.systemtest.attack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web server the attacker controls, on the loopback interface: it serves the attacker's JWK Set
 * (for {@code jku}) and certificate (for {@code x5u}) and counts every request, so a test can prove
 * that taskguard never fetched a key from a URL a token named.
 */
final class AttackerHost implements AutoCloseable {

  private final HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  AttackerHost(String jwks, String certificatePem) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    serve("/jwks.json", "application/json", jwks);
    serve("/cert.pem", "application/x-pem-file", certificatePem);
    server.start();
  }

  private void serve(String path, String type, String content) {
    server.createContext(
        path,
        exchange -> {
          requests.incrementAndGet();
          byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", type);
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
