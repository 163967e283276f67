package io.taskguard.adapter.token;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import io.taskguard.application.port.out.TotpCodes;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * RFC 6238 codes with java-otp (HMAC-SHA1, six digits, 30-second steps: what every authenticator
 * app assumes), the secret's base32 in the {@code otpauth://} URI with commons-codec.
 */
@ApplicationScoped
public class TotpAuthenticator implements TotpCodes {

  static final Duration STEP = Duration.ofSeconds(30);
  static final int DIGITS = 6;
  private static final int SECRET_BYTES = 20;

  /** Steps either side of now whose code is still accepted: clocks drift, people type slowly. */
  private static final int TOLERANCE = 1;

  private final SecureRandom random = new SecureRandom();
  private final TimeBasedOneTimePasswordGenerator generator =
      new TimeBasedOneTimePasswordGenerator(
          STEP, DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

  @Override
  public byte[] newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    return secret;
  }

  @Override
  public String uri(byte[] secret, String issuer, String account) {
    String base32 = new Base32().encodeAsString(secret).replace("=", "");
    return "otpauth://totp/"
        + encode(issuer)
        + ":"
        + encode(account)
        + "?secret="
        + base32
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + STEP.toSeconds();
  }

  @Override
  public OptionalLong matchingStep(byte[] secret, String code, Instant now) {
    if (code == null
        || code.length() != DIGITS
        || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalLong.empty();
    }
    byte[] offered = code.getBytes(StandardCharsets.US_ASCII);
    Key key = new SecretKeySpec(secret, "RAW");
    long current = now.getEpochSecond() / STEP.toSeconds();
    long found = -1;
    for (long step = current - TOLERANCE; step <= current + TOLERANCE; step++) {
      byte[] expected = codeOf(key, step).getBytes(StandardCharsets.US_ASCII);
      if (MessageDigest.isEqual(expected, offered) && found < 0) {
        found = step;
      }
    }
    return found < 0 ? OptionalLong.empty() : OptionalLong.of(found);
  }

  /** The code of step {@code step} (the step's first instant, as RFC 6238 counts it). */
  String codeOf(Key key, long step) {
    try {
      return generator.generateOneTimePasswordString(
          key, Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("a TOTP secret was refused as an HMAC key", e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
