package io.taskguard.adapter.rest.config;

import io.taskguard.application.port.in.IdentitySettings;
import io.taskguard.application.port.in.OperatorCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the application core needs from its surroundings: the clock, and its limits read from
 * MicroProfile Config (every name, default and meaning is in the README's configuration table).
 */
@ApplicationScoped
public class ApplicationProducers {

  private static final Logger LOG = Logger.getLogger(ApplicationProducers.class.getName());

  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Produces
  @Singleton
  IdentitySettings identitySettings(
      @ConfigProperty(name = "taskguard.session.ttl", defaultValue = "P7D") String sessionTtl,
      @ConfigProperty(name = "taskguard.signin.account-failures", defaultValue = "5")
          int accountFailures,
      @ConfigProperty(name = "taskguard.signin.address-failures", defaultValue = "20")
          int addressFailures,
      @ConfigProperty(name = "taskguard.signin.failure-window", defaultValue = "PT15M")
          String failureWindow,
      @ConfigProperty(name = "taskguard.signin.first-backoff", defaultValue = "PT30S")
          String firstBackoff,
      @ConfigProperty(name = "taskguard.signin.max-backoff", defaultValue = "PT15M")
          String maxBackoff,
      @ConfigProperty(name = "taskguard.signup.per-address", defaultValue = "10")
          int signUpsPerAddress,
      @ConfigProperty(name = "taskguard.signup.window", defaultValue = "PT1H")
          String signUpWindow) {
    return new IdentitySettings(
        Duration.parse(sessionTtl),
        accountFailures,
        addressFailures,
        Duration.parse(failureWindow),
        Duration.parse(firstBackoff),
        Duration.parse(maxBackoff),
        signUpsPerAddress,
        Duration.parse(signUpWindow));
  }

  /**
   * The operator credential; the operator commands are disabled (404) unless both parts are set.
   */
  @Produces
  @Singleton
  OperatorCredential operatorCredential(
      @ConfigProperty(name = "taskguard.operator.user") Optional<String> operatorUser,
      @ConfigProperty(name = "taskguard.operator.password") Optional<String> operatorPassword) {
    OperatorCredential credential =
        new OperatorCredential(operatorUser.orElse(""), operatorPassword.orElse(""));
    if (!credential.configured() && (operatorUser.isPresent() || operatorPassword.isPresent())) {
      LOG.warning(
          "Only one of TASKGUARD_OPERATOR_USER and TASKGUARD_OPERATOR_PASSWORD is set: the"
              + " operator commands stay disabled.");
    }
    return credential;
  }
}
