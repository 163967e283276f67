package io.taskguard.adapter.rest.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which other origins' browser code may call taskguard, and what it may send and read. Origins
 * match exactly (scheme, host and port, as the browser sends them in {@code Origin}); there are no
 * wildcards, and {@code null} is never allowed. Credentials mode is not offered: taskguard's
 * credentials are bearer tokens the client sends in {@code Authorization}, never cookies.
 */
public record CorsPolicy(Set<String> origins) {

  /** Methods a preflight may ask for. */
  static final String METHODS = "GET, POST, PUT, PATCH, DELETE";

  /** Request headers a preflight may ask for. */
  static final String REQUEST_HEADERS = "Authorization, Content-Type, If-Match, X-Request-Id";

  /** Response headers the calling script may read besides the CORS-safelisted ones. */
  static final String EXPOSED_HEADERS =
      "set-auth-token, set-auth-jwt, X-Request-Id, Link, ETag, Location, Retry-After,"
          + " WWW-Authenticate, X-Total-Count";

  /** How long a browser may cache a preflight answer, in seconds. */
  static final String MAX_AGE = "600";

  public CorsPolicy {
    origins = Set.copyOf(origins);
  }

  /** The policy of a comma-separated list of origins; blank means no cross-origin access. */
  public static CorsPolicy parse(String list) {
    if (list == null || list.isBlank()) {
      return new CorsPolicy(Set.of());
    }
    return new CorsPolicy(
        Arrays.stream(list.split(","))
            .map(String::strip)
            .filter(origin -> !origin.isEmpty())
            .map(CorsPolicy::normalized)
            .collect(Collectors.toUnmodifiableSet()));
  }

  public boolean isEnabled() {
    return !origins.isEmpty();
  }

  public boolean allows(String origin) {
    return origin != null && origins.contains(normalized(origin));
  }

  private static String normalized(String origin) {
    String lower = origin.toLowerCase(Locale.ROOT);
    return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
