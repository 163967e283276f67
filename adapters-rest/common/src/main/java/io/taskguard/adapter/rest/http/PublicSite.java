package io.taskguard.adapter.rest.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where people reach taskguard ({@code base}: the public base URL, which mailed links start with)
 * and the origins trusted as targets of the redirects people are sent on: the base's own and the
 * CORS origins, whose pages call the API.
 */
public record PublicSite(URI base, Set<String> trustedOrigins) {

  public PublicSite {
    trustedOrigins = Set.copyOf(trustedOrigins);
  }

  /**
   * The site at {@code baseUrl}, also trusting the comma-separated {@code origins}.
   *
   * @throws IllegalArgumentException when the base URL is not an absolute http(s) URL
   */
  public static PublicSite of(String baseUrl, String origins) {
    URI base = URI.create(stripSlash(baseUrl.strip()));
    String origin = originOf(base);
    if (origin == null) {
      throw new IllegalArgumentException("the public base URL must be an absolute http(s) URL");
    }
    Set<String> trusted =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(origin),
                java.util.Arrays.stream(origins.split(","))
                    .map(String::strip)
                    .filter(each -> !each.isEmpty())
                    .map(PublicSite::originOrNull)
                    .filter(java.util.Objects::nonNull))
            .collect(Collectors.toSet());
    return new PublicSite(base, trusted);
  }

  /** The absolute URL of {@code path} (which starts with a slash) on this site. */
  public String at(String path) {
    return base + path;
  }

  /**
   * Whether {@code url} may be a redirect target: a path on this site ({@code /...}, not {@code
   * //...}), or an absolute http(s) URL on a trusted origin, without credentials.
   */
  public boolean trusts(String url) {
    if (url.isEmpty() || url.chars().anyMatch(c -> c < 0x21 || c == 0x7f || c == '\\')) {
      return false;
    }
    if (url.startsWith("/")) {
      return !url.startsWith("//") && parses(url);
    }
    try {
      URI target = new URI(url);
      String origin = originOf(target);
      return origin != null && target.getRawUserInfo() == null && trustedOrigins.contains(origin);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Whether {@code origin} (an {@code Origin} header's value) is this site's or a trusted one. */
  public boolean trustsOrigin(String origin) {
    String normalized = originOrNull(origin);
    return normalized != null && trustedOrigins.contains(normalized);
  }

  /** {@code url} made absolute on this site when it is a path; as it is otherwise. */
  public String absolute(String url) {
    return url.startsWith("/") ? at(url) : url;
  }

  /** {@code url} with the query parameter {@code name=value} added (before any fragment). */
  public static String withParameter(String url, String name, String value) {
    int hash = url.indexOf('#');
    String beforeFragment = hash < 0 ? url : url.substring(0, hash);
    String fragment = hash < 0 ? "" : url.substring(hash);
    String separator = beforeFragment.contains("?") ? "&" : "?";
    return beforeFragment
        + separator
        + name
        + "="
        + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
        + fragment;
  }

  private static boolean parses(String path) {
    try {
      new URI(path);
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String originOf(URI uri) {
    String scheme = uri.getScheme();
    if (scheme == null || uri.getHost() == null) {
      return null;
    }
    scheme = scheme.toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return null;
    }
    String origin = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort =
        port < 0
            || (port == 80 && scheme.equals("http"))
            || (port == 443 && scheme.equals("https"));
    return defaultPort ? origin : origin + ":" + port;
  }

  private static String originOrNull(String url) {
    try {
      return originOf(new URI(url));
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
