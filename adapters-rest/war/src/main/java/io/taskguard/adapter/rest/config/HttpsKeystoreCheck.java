package io.taskguard.adapter.rest.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Says at start-up, in one line, whether the server has an HTTPS listener, and why not. HTTPS is
 * optional (a proxy in front may terminate TLS, and nothing else in taskguard depends on it), so
 * the server starts either way; but a missing or unreadable keystore would otherwise leave only
 * Liberty's informational CWPKI0819I or an error about a file. The line is a WARNING in production
 * and an INFO in development, where plain HTTP is the normal case. It never shows a password.
 */
@ApplicationScoped
public class HttpsKeystoreCheck {

  private static final Logger LOG = Logger.getLogger(HttpsKeystoreCheck.class.getName());

  private final Optional<String> location;
  private final Optional<String> password;
  private final String type;
  private final String environment;

  @Inject
  HttpsKeystoreCheck(
      @ConfigProperty(name = "TASKGUARD_TLS_KEYSTORE") Optional<String> location,
      @ConfigProperty(name = "TASKGUARD_TLS_KEYSTORE_PASSWORD") Optional<String> password,
      @ConfigProperty(name = "TASKGUARD_TLS_KEYSTORE_TYPE", defaultValue = "PKCS12") String type,
      @ConfigProperty(name = "taskguard.env", defaultValue = "production") String environment) {
    this.location = location;
    this.password = password;
    this.type = type;
    this.environment = environment;
  }

  HttpsKeystoreCheck() {
    this(Optional.empty(), Optional.empty(), "PKCS12", "production");
  }

  void checkAtStartup(@Observes Startup startup) {
    String given =
        password
            .filter(p -> !p.isBlank())
            .orElse(System.getenv().getOrDefault("keystore_password", ""));
    Optional<String> problem = problem(location.map(Path::of), given, type);
    if (problem.isPresent()) {
      boolean development = "development".equals(environment.strip().toLowerCase(Locale.ROOT));
      LOG.log(development ? Level.INFO : Level.WARNING, problem.get());
    }
  }

  /**
   * Why Liberty will serve no HTTPS with this keystore, if it will not: no password, or a file that
   * exists and does not open with it. A missing file at a writable place is no problem: Liberty
   * generates a self-signed certificate there. An encoded password ({@code {aes}…}) is left to
   * Liberty, which alone can decode it.
   */
  static Optional<String> problem(Optional<Path> keystore, String password, String type) {
    if (password == null || password.isBlank()) {
      return Optional.of(
          "HTTPS is off: no keystore password is set (TASKGUARD_TLS_KEYSTORE_PASSWORD). The server"
              + " answers on plain HTTP only, and Liberty's /metrics (HTTPS only) cannot be read;"
              + " Prometheus scrapes /api/operator/metrics over HTTP. Everything else, the task API"
              + " included, works.");
    }
    if (keystore.isEmpty() || password.startsWith("{")) {
      return Optional.empty();
    }
    Path file = keystore.get();
    if (!Files.exists(file)) {
      Path parent = file.toAbsolutePath().getParent();
      return parent == null || Files.isWritable(parent) || !Files.exists(parent)
          ? Optional.empty()
          : Optional.of(
              "HTTPS is off: the keystore "
                  + file
                  + " (TASKGUARD_TLS_KEYSTORE) does not exist and cannot be created there.");
    }
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore.getInstance(type).load(in, password.toCharArray());
      return Optional.empty();
    } catch (IOException | GeneralSecurityException e) {
      return Optional.of(
          "HTTPS is off: the keystore "
              + file
              + " (TASKGUARD_TLS_KEYSTORE) cannot be read as "
              + type
              + " with the password given: "
              + e.getClass().getSimpleName()
              + ".");
    }
  }
}
