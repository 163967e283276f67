package io.taskguard.adapter.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The secrets that encrypt signing keys ({@code taskguard.secret}, env {@code TASKGUARD_SECRET}): a
 * comma-separated list, newest first, so a secret can be rotated without losing the keys.
 *
 * <p>Guarantees that a server outside development never runs without one: the check runs when the
 * application starts, and its message names the setting but never a value. In development ({@code
 * taskguard.env=development}) a missing secret is replaced by a fixed, public development secret,
 * with one warning.
 */
@ApplicationScoped
public class KeyEncryptionSecrets {

  /** Public by design: it protects nothing and is only accepted in development. */
  static final String DEVELOPMENT_SECRET =
      "taskguard-DEVELOPMENT-ONLY-secret-never-use-in-production";

  private static final Logger LOG = Logger.getLogger(KeyEncryptionSecrets.class.getName());
  private static final int SHORTEST_ADVISED = 32;

  private final List<String> newestFirst;

  /** For CDI's proxy only. */
  protected KeyEncryptionSecrets() {
    this.newestFirst = List.of();
  }

  @Inject
  public KeyEncryptionSecrets(
      @ConfigProperty(name = "taskguard.secret") Optional<List<String>> configured,
      @ConfigProperty(name = "taskguard.env", defaultValue = "production") String environment) {
    this(configured.orElse(List.of()), environment);
  }

  /**
   * @throws IllegalStateException when {@code configured} holds no secret and {@code environment}
   *     is not {@code development}
   */
  public KeyEncryptionSecrets(List<String> configured, String environment) {
    List<String> secrets =
        configured.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    boolean development = "development".equals(environment.strip().toLowerCase(Locale.ROOT));
    if (secrets.isEmpty() && !development) {
      throw new IllegalStateException(
          "TASKGUARD_SECRET (config taskguard.secret) is not set. taskguard.env is '"
              + environment
              + "', and outside development the server refuses to start without a secret to"
              + " encrypt its signing keys. Set TASKGUARD_SECRET to a long random value (several"
              + " may be given, comma-separated, newest first, to rotate it).");
    }
    if (secrets.isEmpty()) {
      // INFO, not WARNING: development is a deliberate setting, and the run command's banner says
      // it too; outside development the server does not start at all without a secret
      LOG.info(
          "taskguard.env=development and no TASKGUARD_SECRET: signing keys are encrypted with the"
              + " built-in DEVELOPMENT secret, which is public. Never run like this outside development.");
      secrets = List.of(DEVELOPMENT_SECRET);
    } else if (secrets.stream().anyMatch(s -> s.length() < SHORTEST_ADVISED)) {
      LOG.warning(
          "A TASKGUARD_SECRET entry is shorter than "
              + SHORTEST_ADVISED
              + " characters; use long random values.");
    }
    this.newestFirst = secrets;
  }

  /** Fails the application's start when there is no secret outside development. */
  void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    LOG.info(() -> "Signing keys are encrypted under " + count() + " configured secret(s)");
  }

  /** The secrets, newest first; never empty. */
  public List<String> newestFirst() {
    return newestFirst;
  }

  /** How many secrets are configured (safe to log, unlike the secrets). */
  public int count() {
    return newestFirst.size();
  }

  @Override
  public String toString() {
    return "KeyEncryptionSecrets[" + newestFirst.size() + " hidden]";
  }
}
