package io.taskguard.adapter.rest.auth;

/** Reads the credential from an {@code Authorization: Bearer ...} header value. */
final class BearerTokens {

  private static final String PREFIX = "bearer ";

  private BearerTokens() {}

  /** The token, or null when the header is absent or of another scheme. */
  static String from(String authorization) {
    if (authorization == null || authorization.length() <= PREFIX.length()) {
      return null;
    }
    if (!authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return null;
    }
    String token = authorization.substring(PREFIX.length()).strip();
    return token.isEmpty() ? null : token;
  }
}
