package io.taskguard.webui;

import io.taskguard.testsupport.WireLog;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Reaches the page's in-memory credentials the way the page itself does: it imports the page's
 * {@code js/credentials.js} module at the URL the page's own scripts have (beside {@code app.js},
 * whatever version path they are under), which the browser resolves to the very instance the page
 * loaded (one module per URL), and calls its exported functions. The page carries no test-only code
 * and no global hook; nothing here works from another origin, and a token put in memory this way is
 * never stored.
 */
final class PageCredentials {

  private static final String WITH_MODULE =
      "const done = arguments[arguments.length - 1];"
          + "const argument = arguments[0];"
          + "import(new URL('credentials.js', document.querySelector('script[type=module]').src).href)"
          + "  .then(credentials => done(%s), error => done('import failed: ' + error));";

  private final Chromium browser;

  PageCredentials(Chromium browser) {
    this.browser = browser;
  }

  /** The access JWT the page holds in memory, or null. */
  String accessToken() {
    String jwt =
        browser.asyncScript(String.format(WITH_MODULE, "credentials.currentAccessToken()"), "");
    WireLog.secret("JWT", jwt);
    return jwt;
  }

  /** Puts another JWT in the page's memory, e.g. an expired one. */
  void replaceAccessToken(String jwt) {
    Object result =
        browser.asyncScript(
            String.format(WITH_MODULE, "(credentials.setAccessToken(argument), 'ok')"), jwt);
    if (!"ok".equals(result)) {
      throw new AssertionError("could not replace the access token: " + result);
    }
  }

  /** How many times the page has asked {@code /api/auth/token} for a JWT (Resource Timing). */
  long tokenRequests() {
    Number count =
        browser.script(
            "return performance.getEntriesByType('resource')"
                + ".filter(entry => new URL(entry.name).pathname.endsWith('/api/auth/token'))"
                + ".length;");
    return count.longValue();
  }

  /**
   * The same token with {@code exp} a minute in the past (its signature no longer matches either).
   */
  static String expiredCopyOf(String jwt) {
    String[] parts = jwt.split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    long past = Instant.now().minusSeconds(60).getEpochSecond();
    String expiredClaims = claims.replaceFirst("\"exp\"\\s*:\\s*\\d+", "\"exp\":" + past);
    String encoded =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(expiredClaims.getBytes(StandardCharsets.UTF_8));
    return parts[0] + "." + encoded + "." + parts[2];
  }
}
