package io.taskguard.application.port.out;

import java.util.Optional;

/**
 * Signs the values of cookies that carry a credential (HMAC-SHA256 under a key of the operator's
 * secret), as Better Auth signs its session cookie, and checks them; a cookie whose signature does
 * not match is worth nothing.
 */
public interface CookieSigner {

  /** {@code value}, a dot, and the base64 of its signature. */
  String sign(String value);

  /** The value of a signed cookie, when its signature matches under a configured secret. */
  Optional<String> verified(String signed);
}
