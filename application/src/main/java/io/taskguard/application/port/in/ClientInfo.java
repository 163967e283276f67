package io.taskguard.application.port.in;

/**
 * Who is on the other end of a request, as far as the server can tell: the client address (after
 * any trusted proxy) and the user agent. Used for throttling and the audit trail, never trusted for
 * authorization.
 */
public record ClientInfo(String address, String userAgent) {

  private static final int MAX_AGENT = 512;
  private static final int MAX_ADDRESS = 64;

  public ClientInfo {
    address = clip(address == null || address.isBlank() ? "unknown" : address.strip(), MAX_ADDRESS);
    userAgent = userAgent == null ? null : clip(printable(userAgent), MAX_AGENT);
  }

  /** Control characters (NUL above all, which PostgreSQL text cannot hold) become spaces. */
  private static String printable(String value) {
    return value
        .codePoints()
        .map(c -> Character.isISOControl(c) ? ' ' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  private static String clip(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
