package io.taskguard.systemtest.twofactor;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URI;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * An authenticator app, as a person's phone runs one: reads the secret from the {@code otpauth://}
 * URI the server answered and computes RFC 6238 codes from it.
 */
public record Authenticator(byte[] secret) {

  public static Authenticator of(String totpUri) {
    String query = URI.create(totpUri).getRawQuery();
    String base32 =
        Arrays.stream(query.split("&"))
            .filter(part -> part.startsWith("secret="))
            .findFirst()
            .orElseThrow()
            .substring("secret=".length());
    return new Authenticator(new Base32().decode(base32));
  }

  /** The code for the 30-second step that {@code steps} steps after now's. */
  public String code(int steps) {
    return codeAt(Instant.now().plus(Duration.ofSeconds(30L * steps)));
  }

  public String codeAt(Instant at) {
    try {
      return new TimeBasedOneTimePasswordGenerator()
          .generateOneTimePasswordString(new SecretKeySpec(secret, "RAW"), at);
    } catch (InvalidKeyException e) {
      throw new AssertionError(e);
    }
  }
}
