package io.taskguard.adapter.rest.config;

import io.taskguard.application.port.in.IdentitySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the application core needs from its surroundings: the clock, and its limits read from
 * MicroProfile Config (every name, default and meaning is in the README's configuration table).
 */
@ApplicationScoped
public class ApplicationProducers {

  @ConfigProperty(name = "taskguard.session.ttl", defaultValue = "P7D")
  String sessionTtl;

  @ConfigProperty(name = "taskguard.signin.account-failures", defaultValue = "5")
  int accountFailures;

  @ConfigProperty(name = "taskguard.signin.address-failures", defaultValue = "20")
  int addressFailures;

  @ConfigProperty(name = "taskguard.signin.failure-window", defaultValue = "PT15M")
  String failureWindow;

  @ConfigProperty(name = "taskguard.signin.first-backoff", defaultValue = "PT30S")
  String firstBackoff;

  @ConfigProperty(name = "taskguard.signin.max-backoff", defaultValue = "PT15M")
  String maxBackoff;

  @ConfigProperty(name = "taskguard.signup.per-address", defaultValue = "10")
  int signUpsPerAddress;

  @ConfigProperty(name = "taskguard.signup.window", defaultValue = "PT1H")
  String signUpWindow;

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }

  @Produces
  @ApplicationScoped
  IdentitySettings identitySettings() {
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
}
