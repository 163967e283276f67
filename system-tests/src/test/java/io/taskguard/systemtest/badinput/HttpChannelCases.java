package io.taskguard.systemtest.badinput;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * Requests Liberty's HTTP channel refuses while it parses them, before the web container and so
 * before any taskguard code: a malformed request line or header, too many header fields, a field or
 * a declared body above the server's 2 MiB bounds. Each is answered with a status and no body at
 * all (specs/bad-input.md, "What Liberty answers itself"). Written byte for byte: no HTTP client
 * sends them.
 */
final class HttpChannelCases {

  /** One request as bytes ({@code {host}}: the server's host and port) and the status it gets. */
  record RawRequest(String name, byte[] bytes, int status) {
    @Override
    public String toString() {
      return status + ": " + name;
    }
  }

  static final int TWO_MIB = 2 * 1024 * 1024;

  private HttpChannelCases() {}

  static Stream<RawRequest> all() {
    // with Host and Connection: 501
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < 499; i++) {
      fields.append("X-Field-").append(i).append(": v\r\n");
    }
    return Stream.of(
        // the request line
        refused(505, "no HTTP version", "GET /api/auth/ok\r\nHost: {host}\r\n\r\n"),
        refused(505, "version FOO/1.1", request("GET /api/auth/ok FOO/1.1")),
        refused(505, "version in lower case", request("GET /api/users/1/tasks http/1.1")),
        refused(505, "four words in the request line", request("GET /api/auth/ok HTTP/1.1 x")),
        refused(400, "tabs between the words", request("GET\t/api/auth/ok\tHTTP/1.1")),
        refused(400, "no method", request("/api/auth/ok HTTP/1.1")),
        refused(400, "a single word", "GARBAGE\r\n\r\n"),
        refused(400, "target without a leading slash", request("GET api/auth/ok HTTP/1.1")),
        refused(400, "CONNECT to a host and port", request("CONNECT {host} HTTP/1.1")),
        // the header fields
        refused(400, "field without a colon", request("GET /api/auth/ok HTTP/1.1", "X-A b")),
        refused(400, "space in a field name", request("GET /api/auth/ok HTTP/1.1", "X A: b")),
        refused(400, "empty field name", request("GET /api/users/1/tasks HTTP/1.1", ": b")),
        refused(400, "bare CR in a field value", request("GET /api/auth/ok HTTP/1.1", "X-A: b\rc")),
        refused(
            400,
            "501 header fields (Liberty's limit is 500)",
            request("GET /api/auth/ok HTTP/1.1", fields.toString().strip())),
        // the 2 MiB bounds (MessageSizeLimit and limitFieldSize in server.xml)
        refused(
            413,
            "request target over 2 MiB on the task API",
            request("GET /api/users/1/tasks/" + "a".repeat(TWO_MIB) + " HTTP/1.1")),
        refused(
            413,
            "request target over 2 MiB on the accounts API",
            request("GET /api/auth/ok?x=" + "a".repeat(TWO_MIB) + " HTTP/1.1")),
        refused(
            413,
            "header field over 2 MiB",
            request(
                "GET /api/users/1/tasks HTTP/1.1", "Authorization: Bearer " + "a".repeat(TWO_MIB))),
        refused(
            413,
            "Content-Length over 2 MiB, body not sent",
            request(
                "POST /api/auth/sign-in/email HTTP/1.1",
                "Content-Type: application/json",
                "Content-Length: " + (TWO_MIB + 1))),
        refused(
            413,
            "Content-Length beyond 64 bits",
            request(
                "POST /api/users/1/tasks HTTP/1.1",
                "Content-Type: application/json",
                "Content-Length: 99999999999999999999")));
  }

  /** {@code line} with a Host field, {@code fields}, and a close. */
  private static String request(String line, String... fields) {
    StringBuilder request = new StringBuilder(line).append("\r\nHost: {host}\r\n");
    for (String field : fields) {
      request.append(field).append("\r\n");
    }
    return request.append("Connection: close\r\n\r\n").toString();
  }

  private static RawRequest refused(int status, String name, String request) {
    return new RawRequest(name, request.getBytes(StandardCharsets.ISO_8859_1), status);
  }
}
