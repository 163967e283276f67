package io.taskguard.application.fake;

import io.taskguard.application.port.out.TotpCodes;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link TotpCodes} with codes a test can compute ({@link #codeAt}): not RFC 6238's, but with its
 * 30-second steps and one step of tolerance either side, which is what the use cases rely on.
 */
public class FakeTotpCodes implements TotpCodes {

  private final AtomicInteger secrets = new AtomicInteger();

  @Override
  public byte[] newSecret() {
    byte[] secret = new byte[20];
    Arrays.fill(secret, (byte) secrets.incrementAndGet());
    return secret;
  }

  @Override
  public String uri(byte[] secret, String issuer, String account) {
    return "otpauth://totp/"
        + issuer
        + ":"
        + account
        + "?secret="
        + HexFormat.of().formatHex(secret);
  }

  @Override
  public OptionalLong matchingStep(byte[] secret, String code, Instant now) {
    long step = now.getEpochSecond() / 30;
    for (long candidate = step - 1; candidate <= step + 1; candidate++) {
      if (code(secret, candidate).equals(code)) {
        return OptionalLong.of(candidate);
      }
    }
    return OptionalLong.empty();
  }

  /** The code of {@code secret} (as its URI shows it) at {@code at}. */
  public static String codeAt(String totpUri, Instant at) {
    byte[] secret = HexFormat.of().parseHex(totpUri.substring(totpUri.indexOf("secret=") + 7));
    return code(secret, at.getEpochSecond() / 30);
  }

  private static String code(byte[] secret, long step) {
    return String.format(
        "%06d", Math.floorMod(Arrays.hashCode(secret) * 31L + step * 7919L, 1_000_000L));
  }
}
