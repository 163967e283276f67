package io.taskguard.adapter.rest.auth;

import io.taskguard.adapter.rest.http.PublicSite;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;

/**
 * The cookies of a browser's sign-in, by Better Auth's names: {@code better-auth.session_token}
 * carries the session (signed, {@link SessionCookieFilter}), {@code better-auth.two_factor} a
 * challenge between the password and the code, {@code better-auth.trust_device} a trusted device's
 * token. Both are {@code HttpOnly}, {@code SameSite=Lax}, and {@code Secure} with the {@code
 * __Secure-} prefix where the site is HTTPS. Their values are random tokens that the server knows
 * only by hash, so unlike Better Auth's they need no signature: a forged one matches nothing.
 */
final class SignInCookies {

  static final String CHALLENGE = "better-auth.two_factor";
  static final String TRUSTED_DEVICE = "better-auth.trust_device";
  static final String SESSION = "better-auth.session_token";
  static final String SESSION_DATA = "better-auth.session_data";
  static final String DONT_REMEMBER = "better-auth.dont_remember";
  private static final String SECURE_PREFIX = "__Secure-";
  private static final int MAX_VALUE = 256;

  private final boolean secure;

  private SignInCookies(boolean secure) {
    this.secure = secure;
  }

  /** The cookies as this request's site sets them. */
  static SignInCookies of(HttpServletRequest request, PublicSite site) {
    return of(request.isSecure(), site);
  }

  /** The cookies as the site sets them, for a request made over HTTPS or not. */
  static SignInCookies of(boolean secureRequest, PublicSite site) {
    return new SignInCookies(secureRequest || "https".equals(site.base().getScheme()));
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

  /** A {@code Set-Cookie} value that keeps {@code value} until the browser closes. */
  String setForBrowserSession(String name, String value) {
    return header(name, value, -1);
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
        + (maxAge < 0 ? "" : "; Max-Age=" + maxAge)
        + "; Path=/; HttpOnly; SameSite=Lax"
        + (secure ? "; Secure" : "");
  }
}
