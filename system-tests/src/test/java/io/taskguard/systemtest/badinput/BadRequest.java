package io.taskguard.systemtest.badinput;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One row of the bad-input table: a malformed request and the refusal it must get. Paths and
 * headers may name the fixture with {@code {me}} (the account's id), {@code {task}} (its task),
 * {@code {session}} and {@code {jwt}} (its credentials); {@link Wire} fills them in when sending.
 * The expectation is a status and, in the dialect of the API addressed, the {@code code} (accounts
 * API) or the {@code detail} (task API); or, for the few requests Liberty refuses before any
 * application code runs, its status and the start of its body ({@link #refusedByLiberty}).
 */
final class BadRequest {

  static final String TASKS = "/api/users/{me}/tasks";
  static final String TASK = TASKS + "/{task}";

  /**
   * How the web container's own 400 for a path it will not dispatch begins: an HTML line, or, for a
   * request whose Content-Type or Accept names JSON, an object with its single key.
   */
  static final String WEB_CONTAINER_400 =
      "<H1>CWWWC0005I: The request URI has invalid or improperly encoded characters: [";

  static final String WEB_CONTAINER_400_JSON =
      "{\"error_message\" : \"CWWWC0005I: The request URI has invalid or improperly encoded"
          + " characters: [";

  final String name;
  final String method;
  final String path;
  final Map<String, String> headers = new LinkedHashMap<>();
  byte[] body;
  Integer declaredLength;
  int status;
  String expected;
  boolean byLiberty;
  boolean byWebContainer;
  boolean raw;

  private BadRequest(String name, String method, String path) {
    this.name = name;
    this.method = method;
    this.path = path;
  }

  static BadRequest of(String name, String method, String path) {
    return new BadRequest(name, method, path);
  }

  /** A body sent as {@code application/json}, encoded as UTF-8. */
  BadRequest json(String text) {
    return body("application/json", text.getBytes(StandardCharsets.UTF_8));
  }

  /** A body of exactly these bytes, with this content type (none when null). */
  BadRequest body(String contentType, byte[] bytes) {
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    this.body = bytes;
    return this;
  }

  BadRequest header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  BadRequest withSession() {
    return header("Authorization", "Bearer {session}");
  }

  BadRequest withJwt() {
    return header("Authorization", "Bearer {jwt}");
  }

  /** Sent over a raw socket with this {@code Content-Length}, whatever the body's length. */
  BadRequest declaredLength(int length) {
    this.declaredLength = length;
    return this;
  }

  /** Refused with {@code status} and the given {@code code} or {@code detail}. */
  BadRequest expect(int status, String codeOrDetail) {
    this.status = status;
    this.expected = codeOrDetail;
    return this;
  }

  /** Sent over a raw socket, byte for byte (e.g. a method or path the HTTP client refuses). */
  BadRequest raw() {
    this.raw = true;
    return this;
  }

  /**
   * Refused with {@code status} by Liberty before any taskguard code runs, so without taskguard's
   * JSON body (specs/bad-input.md), and with {@code body} at the start of Liberty's own (the empty
   * string: no body at all): still a 4xx, no stack trace, no hang, nothing stored.
   */
  BadRequest refusedByLiberty(int status, String body) {
    this.status = status;
    this.expected = body;
    this.byLiberty = true;
    return this;
  }

  /**
   * Refused by the web container before it picks an application ({@code WebContainer
   * .handleRequest}): a path it cannot decode or canonicalize, answered with a 400 and its HTML
   * line {@code CWWWC0005I}.
   */
  BadRequest refusedByWebContainer() {
    this.byWebContainer = true;
    return refusedByLiberty(400, WEB_CONTAINER_400);
  }

  /** The start of Liberty's body for a request {@link #refusedByLiberty} ("": none). */
  String libertyBody() {
    boolean json =
        headers.entrySet().stream()
            .anyMatch(
                header ->
                    (header.getKey().equalsIgnoreCase("Content-Type")
                            || header.getKey().equalsIgnoreCase("Accept"))
                        && header.getValue().toLowerCase(Locale.ROOT).contains("application/json"));
    return byWebContainer && json ? WEB_CONTAINER_400_JSON : expected;
  }

  boolean isTaskApi() {
    return path.startsWith("/api/users/");
  }

  @Override
  public String toString() {
    return method + " " + (path.length() > 60 ? path.substring(0, 60) + "..." : path) + ": " + name;
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code text} with the bytes {@code raw} (not valid UTF-8 on their own) in place of "#". */
  static byte[] withRawBytes(String text, int... raw) {
    int at = text.indexOf('#');
    byte[] head = bytes(text.substring(0, at));
    byte[] tail = bytes(text.substring(at + 1));
    byte[] all = new byte[head.length + raw.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    for (int i = 0; i < raw.length; i++) {
      all[head.length + i] = (byte) raw[i];
    }
    System.arraycopy(tail, 0, all, head.length + raw.length, tail.length);
    return all;
  }
}
