package io.taskguard.adapter.rest.config;

import io.taskguard.adapter.rest.http.PublicSite;
import io.taskguard.application.config.AccountSettings;
import io.taskguard.application.config.IdentitySettings;
import io.taskguard.application.config.OperatorCredential;
import io.taskguard.application.config.PasskeySettings;
import io.taskguard.application.config.RetentionAges;
import io.taskguard.domain.policy.AttemptLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the application core needs from its surroundings: the clock, and its limits read from
 * MicroProfile Config (every name, default and meaning is in the README's configuration table). A
 * setting left unset takes the default of its settings record ({@code defaults()}), the one place
 * each default is written.
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
      @ConfigProperty(name = "taskguard.session.ttl") Optional<String> sessionTtl,
      @ConfigProperty(name = "taskguard.signin.account-failures") Optional<Integer> accountFailures,
      @ConfigProperty(name = "taskguard.signin.address-failures") Optional<Integer> addressFailures,
      @ConfigProperty(name = "taskguard.signin.failure-window") Optional<String> failureWindow,
      @ConfigProperty(name = "taskguard.signin.first-backoff") Optional<String> firstBackoff,
      @ConfigProperty(name = "taskguard.signin.max-backoff") Optional<String> maxBackoff,
      @ConfigProperty(name = "taskguard.signup.per-address") Optional<Integer> signUpsPerAddress,
      @ConfigProperty(name = "taskguard.signup.window") Optional<String> signUpWindow) {
    IdentitySettings unset = IdentitySettings.defaults();
    return new IdentitySettings(
        duration(sessionTtl, unset.sessionTtl()),
        accountFailures.orElse(unset.accountFailuresBeforeBackoff()),
        addressFailures.orElse(unset.addressFailuresBeforeBackoff()),
        duration(failureWindow, unset.failureWindow()),
        duration(firstBackoff, unset.firstBackoff()),
        duration(maxBackoff, unset.maxBackoff()),
        signUpsPerAddress.orElse(unset.signUpsPerAddress()),
        duration(signUpWindow, unset.signUpWindow()));
  }

  /**
   * The account settings. A mail limit of {@code n} lets {@code n} mails go in the window and waits
   * out the {@code n+1}-th: a quota of {@code n+1} attempts.
   */
  @Produces
  @Singleton
  AccountSettings accountSettings(
      @ConfigProperty(name = "taskguard.account.reset-ttl") Optional<String> resetTtl,
      @ConfigProperty(name = "taskguard.account.verify-ttl") Optional<String> verifyTtl,
      @ConfigProperty(name = "taskguard.account.mails-per-account")
          Optional<Integer> mailsPerAccount,
      @ConfigProperty(name = "taskguard.account.mails-per-address")
          Optional<Integer> mailsPerAddress,
      @ConfigProperty(name = "taskguard.account.mail-window") Optional<String> mailWindow,
      @ConfigProperty(name = "taskguard.account.fresh-age") Optional<String> freshAge,
      @ConfigProperty(name = "taskguard.account.reset-ends-sessions")
          Optional<Boolean> resetEndsSessions,
      @ConfigProperty(name = "taskguard.account.require-verified-email")
          Optional<Boolean> requireVerifiedEmail,
      @ConfigProperty(name = "taskguard.account.verify-on-sign-up")
          Optional<Boolean> verifyOnSignUp) {
    AccountSettings unset = AccountSettings.defaults();
    Duration window = duration(mailWindow, unset.mailsPerAccount().window());
    return new AccountSettings(
        duration(resetTtl, unset.resetTokenTtl()),
        duration(verifyTtl, unset.verifyTokenTtl()),
        AttemptLimit.quota(
            mailsPerAccount.map(n -> n + 1).orElse(unset.mailsPerAccount().attempts()), window),
        AttemptLimit.quota(
            mailsPerAddress.map(n -> n + 1).orElse(unset.mailsPerAddress().attempts()), window),
        duration(freshAge, unset.freshAge()),
        resetEndsSessions.orElse(unset.revokeSessionsOnReset()),
        requireVerifiedEmail.orElse(unset.requireVerifiedEmail()),
        verifyOnSignUp.orElse(unset.verifyOnSignUp()));
  }

  @Produces
  @Singleton
  RetentionAges retentionAges(
      @ConfigProperty(name = "taskguard.retention.sessions") Optional<String> sessions,
      @ConfigProperty(name = "taskguard.retention.tokens") Optional<String> tokens,
      @ConfigProperty(name = "taskguard.retention.throttle") Optional<String> throttle,
      @ConfigProperty(name = "taskguard.retention.mail") Optional<String> mail,
      @ConfigProperty(name = "taskguard.retention.audit") Optional<String> audit) {
    RetentionAges unset = RetentionAges.defaults();
    return new RetentionAges(
        duration(sessions, unset.sessions()),
        duration(tokens, unset.tokens()),
        duration(throttle, unset.throttle()),
        duration(mail, unset.mail()),
        duration(audit, unset.audit()));
  }

  /** A setting's ISO-8601 duration, or the settings record's default when it is unset. */
  private static Duration duration(Optional<String> setting, Duration unset) {
    return setting.map(Duration::parse).orElse(unset);
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
   * The passkeys' relying party: {@code taskguard.passkey.rp-id} (default: the public base URL's
   * host) and {@code taskguard.passkey.origins} (comma-separated; default: the base URL's origin).
   */
  @Produces
  @Singleton
  PasskeySettings passkeySettings(
      PublicSite site,
      @ConfigProperty(name = "taskguard.passkey.rp-id") Optional<String> rpId,
      @ConfigProperty(name = "taskguard.passkey.origins") Optional<String> origins) {
    URI base = site.base();
    String origin =
        base.getScheme()
            + "://"
            + base.getHost()
            + (base.getPort() < 0 ? "" : ":" + base.getPort());
    return new PasskeySettings(
        rpId.map(String::strip).filter(id -> !id.isEmpty()).orElse(base.getHost()),
        "taskguard",
        Arrays.stream(origins.orElse(origin).split(","))
            .map(String::strip)
            .filter(value -> !value.isEmpty())
            .collect(Collectors.toSet()));
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
