package io.taskguard.application.port.out;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, six digits, 30-second steps), as every
 * authenticator app computes them.
 */
public interface TotpCodes {

  /** A new random secret (160 bits, as RFC 4226 recommends). */
  byte[] newSecret();

  /** The {@code otpauth://} URI an authenticator app reads (from a QR code or as text). */
  String uri(byte[] secret, String issuer, String account);

  /**
   * The time step whose code {@code code} is, when it is the code of the step of {@code now} or of
   * one step either side; empty otherwise (and for anything that is not six digits). Compares in
   * constant time.
   */
  OptionalLong matchingStep(byte[] secret, String code, Instant now);
}
