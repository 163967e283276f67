package io.taskguard.adapter.rest.auth;

import io.taskguard.domain.user.IdentityFailure;

/**
 * Reads the credential from an {@code Authorization: Bearer ...} header value. A session token is
 * 43 characters; a credential longer than {@link #MAX_LENGTH} is refused as bad input (400) rather
 * than looked up, since the server accepts header fields far longer than that (specs/bad-input.md).
 */
final class BearerTokens {

  static final int MAX_LENGTH = 4096;

  private static final String PREFIX = "bearer ";

  private BearerTokens() {}

  /** The token, or null when the header is absent or of another scheme; 400 when it is too long. */
  static String from(String authorization) {
    if (authorization == null || authorization.length() <= PREFIX.length()) {
      return null;
    }
    if (!authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return null;
    }
    String token = authorization.substring(PREFIX.length()).strip();
    if (token.length() > MAX_LENGTH) {
      throw AuthErrors.DIALECT.refusal(
          400,
          "The bearer credential is longer than " + MAX_LENGTH + " characters",
          "TOKEN_TOO_LONG");
    }
    return token.isEmpty() ? null : token;
  }

  /** The token of a request that must come from a signed-in client: 401 without one. */
  static String required(String authorization) {
    String token = from(authorization);
    if (token == null) {
      throw new IdentityFailure.NotAuthenticated();
    }
    return token;
  }
}
