package io.taskguard.adapter.rest.config;

import io.taskguard.application.port.in.IdentitySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the application core needs from its surroundings: the clock, and its limits read from
 * MicroProfile Config (every name, default and meaning is in the README's configuration table).
 */
@ApplicationScoped
public class ApplicationProducers {

  @Inject
  @ConfigProperty(name = "taskguard.session.ttl", defaultValue = "P7D")
  String sessionTtl;

  @Inject
  @ConfigProperty(name = "taskguard.signin.account-failures", defaultValue = "5")
  int accountFailures;

  @Inject
  @ConfigProperty(name = "taskguard.signin.address-failures", defaultValue = "20")
  int addressFailures;

  @Inject
  @ConfigProperty(name = "taskguard.signin.failure-window", defaultValue = "PT15M")
  String failureWindow;

  @Inject
  @ConfigProperty(name = "taskguard.signin.first-backoff", defaultValue = "PT30S")
  String firstBackoff;

  @Inject
  @ConfigProperty(name = "taskguard.signin.max-backoff", defaultValue = "PT15M")
  String maxBackoff;

  @Inject
  @ConfigProperty(name = "taskguard.signup.per-address", defaultValue = "10")
  int signUpsPerAddress;

  @Inject
  @ConfigProperty(name = "taskguard.signup.window", defaultValue = "PT1H")
  String signUpWindow;

  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Produces
  @Singleton
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
