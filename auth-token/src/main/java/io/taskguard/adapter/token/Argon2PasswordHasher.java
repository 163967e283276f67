package io.taskguard.adapter.token;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;
import io.taskguard.application.port.out.PasswordHasher;
import io.taskguard.domain.user.PasswordHash;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes passwords with argon2id through argon2-jvm, which calls the reference C implementation
 * (libargon2, shipped in the jar, loaded with JNA): faster and steadier at the same parameters than
 * the pure-Java libraries (bench/results). Hashes are PHC strings that carry their parameters, so
 * raising them later upgrades old hashes at the next sign-in; the reference implementation compares
 * in constant time.
 */
@ApplicationScoped
public class Argon2PasswordHasher implements PasswordHasher {

  static final int SALT_BYTES = 16;
  static final int HASH_BYTES = 32;

  private final Argon2 argon2;
  private final Argon2Settings settings;
  private final String nobody;
  private final HashingGate gate;

  /** For CDI's proxy only. */
  protected Argon2PasswordHasher() {
    this.argon2 = null;
    this.settings = null;
    this.nobody = null;
    this.gate = null;
  }

  @Inject
  public Argon2PasswordHasher(
      @ConfigProperty(name = "taskguard.password.argon2.memory-kib", defaultValue = "19456")
          int memoryKib,
      @ConfigProperty(name = "taskguard.password.argon2.iterations", defaultValue = "2")
          int iterations,
      @ConfigProperty(name = "taskguard.password.argon2.parallelism", defaultValue = "1")
          int parallelism,
      @ConfigProperty(name = "taskguard.password.max-concurrent", defaultValue = "0")
          int maxConcurrent,
      @ConfigProperty(name = "taskguard.password.niceness", defaultValue = "19") int niceness,
      @ConfigProperty(name = "taskguard.password.idle-scheduling", defaultValue = "true")
          boolean idleScheduling) {
    this(
        new Argon2Settings(memoryKib, iterations, parallelism),
        maxConcurrent > 0 ? maxConcurrent : Runtime.getRuntime().availableProcessors(),
        niceness,
        idleScheduling);
  }

  public Argon2PasswordHasher(Argon2Settings settings) {
    this(settings, Runtime.getRuntime().availableProcessors(), 0, false);
  }

  /**
   * A hasher running at most {@code maxConcurrent} hashes at once, on threads with the nice value
   * {@code niceness} (0 keeps the normal priority) and, with {@code idleScheduling}, under Linux's
   * {@code SCHED_IDLE} policy as well.
   */
  public Argon2PasswordHasher(
      Argon2Settings settings, int maxConcurrent, int niceness, boolean idleScheduling) {
    this.argon2 = Argon2Factory.create(Argon2Types.ARGON2id, SALT_BYTES, HASH_BYTES);
    this.settings = settings;
    this.gate = new HashingGate(maxConcurrent, niceness, idleScheduling);
    this.nobody = hashChars(randomPassword());
  }

  /** Stops the hashing threads when the application stops. */
  @PreDestroy
  void stop() {
    gate.close();
  }

  public Argon2Settings settings() {
    return settings;
  }

  /** The dummy hash {@link #matchNobody} verifies; for tests. */
  String nobodyHash() {
    return nobody;
  }

  @Override
  public PasswordHash hash(String password) {
    return new PasswordHash(hashChars(password.toCharArray()));
  }

  @Override
  public boolean matches(String password, PasswordHash hash) {
    if (Argon2Settings.of(hash.encoded()).isEmpty()) {
      matchNobody(password);
      return false;
    }
    return verify(hash.encoded(), password.toCharArray());
  }

  @Override
  public boolean needsRehash(PasswordHash hash) {
    return Argon2Settings.of(hash.encoded()).map(s -> s.isWeakerThan(settings)).orElse(true);
  }

  @Override
  public void matchNobody(String password) {
    verify(nobody, password.toCharArray());
  }

  private String hashChars(char[] password) {
    try {
      return gate.run(
          () ->
              argon2.hash(
                  settings.iterations(),
                  settings.memoryKib(),
                  settings.parallelism(),
                  password,
                  StandardCharsets.UTF_8));
    } finally {
      argon2.wipeArray(password);
    }
  }

  private boolean verify(String encoded, char[] password) {
    try {
      return gate.run(() -> argon2.verify(encoded, password, StandardCharsets.UTF_8));
    } finally {
      argon2.wipeArray(password);
    }
  }

  /** A password no one knows, so the dummy hash matches nothing anyone sends. */
  private static char[] randomPassword() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes).toCharArray();
  }
}
