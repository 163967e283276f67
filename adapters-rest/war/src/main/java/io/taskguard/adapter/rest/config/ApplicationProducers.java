package io.taskguard.adapter.rest.config;

import io.taskguard.adapter.rest.http.PublicSite;
import io.taskguard.application.port.in.AccountSettings;
import io.taskguard.application.port.in.IdentitySettings;
import io.taskguard.application.port.in.OperatorCredential;
import io.taskguard.application.port.in.RetentionUseCase;
import io.taskguard.domain.policy.AttemptLimit;
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

  @Produces
  @Singleton
  AccountSettings accountSettings(
      @ConfigProperty(name = "taskguard.account.reset-ttl", defaultValue = "PT1H") String resetTtl,
      @ConfigProperty(name = "taskguard.account.verify-ttl", defaultValue = "P1D") String verifyTtl,
      @ConfigProperty(name = "taskguard.account.mails-per-account", defaultValue = "5")
          int mailsPerAccount,
      @ConfigProperty(name = "taskguard.account.mails-per-address", defaultValue = "20")
          int mailsPerAddress,
      @ConfigProperty(name = "taskguard.account.mail-window", defaultValue = "PT1H")
          String mailWindow,
      @ConfigProperty(name = "taskguard.account.fresh-age", defaultValue = "PT15M") String freshAge,
      @ConfigProperty(name = "taskguard.account.reset-ends-sessions", defaultValue = "true")
          boolean resetEndsSessions,
      @ConfigProperty(name = "taskguard.account.require-verified-email", defaultValue = "false")
          boolean requireVerifiedEmail,
      @ConfigProperty(name = "taskguard.account.verify-on-sign-up", defaultValue = "true")
          boolean verifyOnSignUp) {
    Duration window = Duration.parse(mailWindow);
    return new AccountSettings(
        Duration.parse(resetTtl),
        Duration.parse(verifyTtl),
        AttemptLimit.quota(mailsPerAccount + 1, window),
        AttemptLimit.quota(mailsPerAddress + 1, window),
        Duration.parse(freshAge),
        resetEndsSessions,
        requireVerifiedEmail,
        verifyOnSignUp);
  }

  @Produces
  @Singleton
  RetentionUseCase.Ages retentionAges(
      @ConfigProperty(name = "taskguard.retention.sessions", defaultValue = "P7D") String sessions,
      @ConfigProperty(name = "taskguard.retention.tokens", defaultValue = "P7D") String tokens,
      @ConfigProperty(name = "taskguard.retention.throttle", defaultValue = "P1D") String throttle,
      @ConfigProperty(name = "taskguard.retention.mail", defaultValue = "P7D") String mail,
      @ConfigProperty(name = "taskguard.retention.audit", defaultValue = "P365D") String audit) {
    return new RetentionUseCase.Ages(
        Duration.parse(sessions),
        Duration.parse(tokens),
        Duration.parse(throttle),
        Duration.parse(mail),
        Duration.parse(audit));
  }

  /**
   * Where people reach taskguard: {@code taskguard.public-url}, else the JWT issuer (which is the
   * public base URL unless the operator chose another issuer).
   */
  @Produces
  @Singleton
  PublicSite publicSite(
      @ConfigProperty(name = "taskguard.public-url") Optional<String> publicUrl,
      @ConfigProperty(name = "taskguard.jwt.issuer", defaultValue = "http://localhost:9080")
          String issuer,
      @ConfigProperty(name = "taskguard.cors.origins") Optional<String> corsOrigins) {
    return PublicSite.of(
        publicUrl.filter(url -> !url.isBlank()).orElse(issuer), corsOrigins.orElse(""));
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
