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

  /** What the {@code authFilter} of MP-JWT looks for in an {@code Authorization} header. */
  static final String SHOWN_TO_MP_JWT = "Bearer ey";

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

  /**
   * Whether MicroProfile JWT judges this header itself: it holds {@code "Bearer "} right before the
   * start of a JWS ({@value #SHOWN_TO_MP_JWT}), the form its {@code authFilter} in {@code
   * server.xml} selects. Any other Bearer header (the scheme in another case, more spaces) is not
   * shown to MP-JWT, which would take the whole header for a token, and is verified by {@link
   * TaskApiGate}.
   */
  static boolean isJudgedByMpJwt(String authorization) {
    return authorization != null && authorization.contains(SHOWN_TO_MP_JWT);
  }

  /**
   * The token MP-JWT reads from an {@code Authorization} header: what follows {@code bearer} in any
   * case, trimmed, or else the whole header (Liberty's {@code AuthUtils.getBearerTokenFromHeader}).
   */
  static String mpJwtCredential(String authorization) {
    return authorization.regionMatches(true, 0, "bearer", 0, 6)
        ? authorization.substring(6).trim()
        : authorization;
  }

  /** The credential of a Bearer header: what follows the scheme and its spaces. */
  static String credential(String authorization) {
    return authorization.substring(SCHEME.length()).strip();
  }
}
