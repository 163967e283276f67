package io.taskguard.adapter.rest.task;

/**
 * What every token taskguard issues looks like, checked beyond what MicroProfile JWT verifies:
 * Liberty's MP-JWT also takes a bare token without the {@code Bearer} scheme, ignores {@code typ}
 * and accepts a token without {@code iat}. taskguard issues only {@code typ: JWT} with an {@code
 * iat} (D-3), sent as {@code Authorization: Bearer} (FR-005), so anything else, even with a valid
 * signature, is not one of its tokens (a token minted for another purpose, or sent in a way no
 * client of taskguard sends it).
 */
final class IssuedTokenRules {

  private static final String SCHEME = "Bearer ";

  private IssuedTokenRules() {}

  /**
   * Whether the request's {@code Authorization} header uses the Bearer scheme (case-insensitive,
   * RFC 7235), the token's header says {@code typ: JWT} and its claims hold {@code iat}.
   */
  static boolean followed(String authorization, TokenShape token) {
    return isBearer(authorization) && "JWT".equals(token.typ()) && token.hasIssuedAt();
  }

  /** Whether an {@code Authorization} header uses the Bearer scheme (case-insensitive). */
  static boolean isBearer(String authorization) {
    return authorization != null
        && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
  }
}
