package io.taskguard.adapter.token;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 6238's test vectors (SHA-1, last six of their eight digits), tolerance and the URI. */
class TotpAuthenticatorTest {

  /** The RFC's SHA-1 seed: the ASCII digits 1 to 0, twice. */
  static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  final TotpAuthenticator totp = new TotpAuthenticator();

  @ParameterizedTest(name = "T = {0}: {1}")
  @CsvSource({
    "59, 287082",
    "1111111109, 081804",
    "1111111111, 050471",
    "1234567890, 005924",
    "2000000000, 279037",
    "20000000000, 353130"
  })
  void computesTheRfcTestVectors(long seconds, String code) {
    long step = seconds / 30;

    assertEquals(code, totp.codeOf(new SecretKeySpec(RFC_SECRET, "RAW"), step));
    assertEquals(
        OptionalLong.of(step), totp.matchingStep(RFC_SECRET, code, Instant.ofEpochSecond(seconds)));
  }

  @Test
  void acceptsOneStepEitherSideAndNoFurther() {
    Instant at = Instant.ofEpochSecond(1111111109);
    assertEquals(
        OptionalLong.of(37037036), totp.matchingStep(RFC_SECRET, "081804", at.plusSeconds(30)));
    assertEquals(
        OptionalLong.of(37037036), totp.matchingStep(RFC_SECRET, "081804", at.minusSeconds(29)));
    assertEquals(OptionalLong.empty(), totp.matchingStep(RFC_SECRET, "081804", at.plusSeconds(61)));
    assertEquals(
        OptionalLong.empty(), totp.matchingStep(RFC_SECRET, "081804", at.minusSeconds(60)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "08180", "0818045", " 81804", "08180x", "٠٨١٨٠٤", "+81804"})
  void refusesAnythingButSixAsciiDigits(String code) {
    assertEquals(
        OptionalLong.empty(),
        totp.matchingStep(RFC_SECRET, code, Instant.ofEpochSecond(1111111109)));
  }

  @Test
  void theUriCarriesTheSecretInBase32WithIssuerAndAccount() {
    byte[] secret = totp.newSecret();
    String uri = totp.uri(secret, "taskguard", "ada+2fa@example.com");

    assertEquals(20, secret.length);
    assertTrue(uri.startsWith("otpauth://totp/taskguard:ada%2B2fa%40example.com?secret="), uri);
    assertTrue(uri.endsWith("&issuer=taskguard&algorithm=SHA1&digits=6&period=30"), uri);
    String base32 = uri.substring(uri.indexOf("secret=") + 7, uri.indexOf('&'));
    assertTrue(base32.matches("[A-Z2-7]{32}"), base32);
    assertArrayEquals(secret, new Base32().decode(base32));
  }
}
