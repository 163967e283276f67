package io.taskguard.systemtest.badinput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Sends {@link BadRequest}s exactly as written: bytes as given, any method, any path, and (over a
 * raw socket) a {@code Content-Length} that does not match the body. Every request has 10 seconds
 * to be answered; a request that is not is a hang, and the test fails.
 */
final class Wire {

  /** What came back: status, content type (empty when none) and body text. */
  record Answer(int status, String contentType, String body) {}

  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final URI base;
  private final Map<String, String> fixture;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();

  /** {@code fixture} maps placeholders such as {@code {me}} to their values. */
  Wire(String base, Map<String, String> fixture) {
    this.base = URI.create(base);
    this.fixture = fixture;
  }

  Answer send(BadRequest request) throws IOException, InterruptedException {
    String path = fill(request.path);
    if (request.raw || request.declaredLength != null || !isUri(path)) {
      return raw(request, path);
    }
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(TIMEOUT)
            .method(
                request.method,
                request.body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(request.body));
    request.headers.forEach((name, value) -> builder.header(name, fill(value)));
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (HttpTimeoutException hang) {
      throw new AssertionError("no answer within " + TIMEOUT + ": " + request, hang);
    }
  }

  /** Whether {@code path} is a URI the HTTP client accepts (not, e.g., with a malformed escape). */
  private boolean isUri(String path) {
    try {
      URI.create(base + path);
      return true;
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  /** One request on its own connection, written byte for byte; the answer is read to its end. */
  private Answer raw(BadRequest request, String path) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      StringBuilder head = new StringBuilder();
      head.append(request.method).append(' ').append(path).append(" HTTP/1.1\r\n");
      head.append("Host: ").append(base.getHost()).append(':').append(base.getPort());
      byte[] body = request.body == null ? new byte[0] : request.body;
      int length = request.declaredLength == null ? body.length : request.declaredLength;
      head.append("\r\nConnection: close\r\nContent-Length: ").append(length);
      request.headers.forEach(
          (name, value) -> head.append("\r\n").append(name).append(": ").append(fill(value)));
      head.append("\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      out.write(body);
      out.flush();
      return parse(readAll(socket.getInputStream()));
    }
  }

  /**
   * {@code request} written as it is on a connection of its own ({@code {host}} replaced with the
   * server's host and port), and the answer read to its end. A server that answers and closes
   * before the whole request is written is not an error: its answer is still read.
   */
  Answer sendBytes(byte[] request) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      byte[] bytes =
          new String(request, StandardCharsets.ISO_8859_1)
              .replace("{host}", base.getHost() + ":" + base.getPort())
              .getBytes(StandardCharsets.ISO_8859_1);
      try {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
      } catch (java.net.SocketException closedEarly) {
        // the server refused what it had read so far and closed: its answer is waiting
      }
      return parse(readAll(socket.getInputStream()));
    }
  }

  private static Answer parse(String answer) {
    int headEnd = answer.indexOf("\r\n\r\n");
    if (!answer.startsWith("HTTP/") || headEnd < 0) {
      throw new AssertionError("no HTTP answer: " + answer);
    }
    String headers = answer.substring(0, headEnd);
    String contentType =
        headers
            .lines()
            .filter(line -> line.toLowerCase().startsWith("content-type:"))
            .map(line -> line.substring("content-type:".length()).strip())
            .findFirst()
            .orElse("");
    int status = Integer.parseInt(headers.substring(9, 12));
    return new Answer(status, contentType, answer.substring(headEnd + 4));
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try {
      in.transferTo(all);
    } catch (java.net.SocketTimeoutException hang) {
      throw new AssertionError("no complete answer within " + TIMEOUT + ": " + all, hang);
    } catch (java.net.SocketException reset) {
      // a server that closes with request bytes still unread resets the connection after its answer
      if (all.size() == 0) {
        throw reset;
      }
    }
    return all.toString(StandardCharsets.UTF_8);
  }

  private String fill(String text) {
    String filled = text;
    for (Map.Entry<String, String> placeholder : fixture.entrySet()) {
      filled = filled.replace(placeholder.getKey(), placeholder.getValue());
    }
    return filled;
  }
}
