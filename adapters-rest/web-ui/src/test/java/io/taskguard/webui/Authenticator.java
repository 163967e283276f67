package io.taskguard.webui;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * An authenticator app, as a person's phone runs one: takes the key the page shows for typing in by
 * hand (base32, in groups of four) and computes RFC 6238 codes from it.
 */
record Authenticator(byte[] secret) {

  static Authenticator ofShownKey(String shown) {
    String base32 = shown.replaceAll("\\s+", "");
    if (!base32.matches("[A-Z2-7]{16,}")) {
      throw new AssertionError("the page shows no base32 key: '" + shown + "'");
    }
    return new Authenticator(new Base32().decode(base32));
  }

  /** The code of the 30-second step {@code steps} steps after now's. */
  String code(int steps) {
    try {
      return new TimeBasedOneTimePasswordGenerator()
          .generateOneTimePasswordString(
              new SecretKeySpec(secret, "RAW"),
              Instant.now().plus(Duration.ofSeconds(30L * steps)));
    } catch (InvalidKeyException e) {
      throw new AssertionError(e);
    }
  }
}
