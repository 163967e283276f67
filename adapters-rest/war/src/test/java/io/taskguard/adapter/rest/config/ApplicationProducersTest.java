package io.taskguard.adapter.rest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskguard.application.config.AccountSettings;
import io.taskguard.application.config.IdentitySettings;
import io.taskguard.application.config.RetentionAges;
import io.taskguard.domain.policy.AttemptLimit;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A setting left unset is its settings record's default; one that is set is taken as it is. */
class ApplicationProducersTest {

  private final ApplicationProducers producers = new ApplicationProducers();

  @Test
  void unsetIdentitySettingsAreTheRecordsDefaults() {
    Optional<String> unset = Optional.empty();
    Optional<Integer> none = Optional.empty();

    assertEquals(
        IdentitySettings.defaults(),
        producers.identitySettings(unset, none, none, unset, unset, unset, none, unset));
  }

  @Test
  void unsetAccountSettingsAreTheRecordsDefaults() {
    Optional<String> unset = Optional.empty();
    Optional<Integer> none = Optional.empty();
    Optional<Boolean> neither = Optional.empty();

    assertEquals(
        AccountSettings.defaults(),
        producers.accountSettings(
            unset, unset, none, none, unset, unset, neither, neither, neither));
  }

  @Test
  void unsetRetentionAgesAreTheRecordsDefaults() {
    Optional<String> unset = Optional.empty();

    assertEquals(
        RetentionAges.defaults(), producers.retentionAges(unset, unset, unset, unset, unset));
  }

  @Test
  void aSetMailLimitLetsThatManyMailsGoInTheSetWindow() {
    Optional<String> unset = Optional.empty();
    Optional<Boolean> neither = Optional.empty();

    AccountSettings settings =
        producers.accountSettings(
            unset,
            unset,
            Optional.of(2),
            Optional.empty(),
            Optional.of("PT10M"),
            unset,
            neither,
            neither,
            neither);

    assertEquals(AttemptLimit.quota(3, Duration.ofMinutes(10)), settings.mailsPerAccount());
    assertEquals(
        AttemptLimit.quota(
            AccountSettings.defaults().mailsPerAddress().attempts(), Duration.ofMinutes(10)),
        settings.mailsPerAddress());
  }

  @Test
  void setIdentitySettingsAreTakenAsTheyAre() {
    IdentitySettings settings =
        producers.identitySettings(
            Optional.of("P1D"),
            Optional.of(3),
            Optional.of(9),
            Optional.of("PT5M"),
            Optional.of("PT3S"),
            Optional.of("PT1M"),
            Optional.of(100000),
            Optional.of("PT2H"));

    assertEquals(
        new IdentitySettings(
            Duration.ofDays(1),
            3,
            9,
            Duration.ofMinutes(5),
            Duration.ofSeconds(3),
            Duration.ofMinutes(1),
            100000,
            Duration.ofHours(2)),
        settings);
  }
}
