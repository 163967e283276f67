package io.taskguard.adapter.token;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The argon2id cost parameters, as configured or as read back from a stored PHC string ({@code
 * $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), so that a stored hash can be compared with the
 * current settings and upgraded when it is weaker.
 *
 * @param memoryKib memory cost in KiB ({@code m})
 * @param iterations time cost ({@code t})
 * @param parallelism lanes ({@code p})
 */
public record Argon2Settings(int memoryKib, int iterations, int parallelism) {

  /** OWASP's first recommended argon2id configuration (m=19 MiB, t=2, p=1). */
  public static final Argon2Settings OWASP = new Argon2Settings(19_456, 2, 1);

  private static final Pattern ARGON2ID_V19 =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,9}),t=(\\d{1,9}),p=(\\d{1,3})\\$[^$]+\\$[^$]+");

  public Argon2Settings {
    if (parallelism < 1 || iterations < 1 || memoryKib < 8 * parallelism) {
      throw new IllegalArgumentException(
          "argon2 needs p >= 1, t >= 1 and m >= 8p KiB; got m=%d, t=%d, p=%d"
              .formatted(memoryKib, iterations, parallelism));
    }
  }

  /** The parameters of {@code encoded}, when it is an argon2id version 19 PHC string. */
  public static Optional<Argon2Settings> of(String encoded) {
    Matcher m = ARGON2ID_V19.matcher(encoded);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Argon2Settings(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (IllegalArgumentException outOfRange) {
      return Optional.empty();
    }
  }

  /** Whether any of these parameters is below {@code current}'s. */
  public boolean isWeakerThan(Argon2Settings current) {
    return memoryKib < current.memoryKib
        || iterations < current.iterations
        || parallelism < current.parallelism;
  }
}
