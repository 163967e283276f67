package io.taskguard.adapter.rest.auth;

import io.taskguard.adapter.rest.http.PublicSite;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;

/**
 * The cookies of a sign-in with a second factor, by Better Auth's names: {@code
 * better-auth.two_factor} carries a challenge between the password and the code, {@code
 * better-auth.trust_device} a trusted device's token. Both are {@code HttpOnly}, {@code
 * SameSite=Lax}, and {@code Secure} with the {@code __Secure-} prefix where the site is HTTPS.
 * Their values are random tokens that the server knows only by hash, so unlike Better Auth's they
 * need no signature: a forged one matches nothing.
 */
final class SignInCookies {

  static final String CHALLENGE = "better-auth.two_factor";
  static final String TRUSTED_DEVICE = "better-auth.trust_device";
  private static final String SECURE_PREFIX = "__Secure-";
  private static final int MAX_VALUE = 256;

  private final boolean secure;

  private SignInCookies(boolean secure) {
    this.secure = secure;
  }

  /** The cookies as this request's site sets them. */
  static SignInCookies of(HttpServletRequest request, PublicSite site) {
    return new SignInCookies(request.isSecure() || "https".equals(site.base().getScheme()));
  }

  /** The value of cookie {@code name} (with or without the secure prefix), or null. */
  static String read(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie cookie : cookies) {
      String cookieName = cookie.getName();
      if ((cookieName.equals(name) || cookieName.equals(SECURE_PREFIX + name))
          && cookie.getValue() != null
          && cookie.getValue().length() <= MAX_VALUE) {
        return cookie.getValue();
      }
    }
    return null;
  }

  /** A {@code Set-Cookie} value that keeps {@code value} for {@code maxAge}. */
  String set(String name, String value, Duration maxAge) {
    return header(name, value, maxAge.toSeconds());
  }

  /** A {@code Set-Cookie} value that removes the cookie. */
  String clear(String name) {
    return header(name, "", 0);
  }

  private String header(String name, String value, long maxAge) {
    return (secure ? SECURE_PREFIX : "")
        + name
        + "="
        + value
        + "; Max-Age="
        + maxAge
        + "; Path=/; HttpOnly; SameSite=Lax"
        + (secure ? "; Secure" : "");
  }
}
