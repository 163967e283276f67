package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.config.OperatorCredential;
import io.taskguard.application.fake.RecordingAuditLog.Entry;
import io.taskguard.application.port.out.AuditLog.Event;
import io.taskguard.domain.user.IdentityFailure;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The operator credential; wrong guesses are limited like failed sign-ins to one account. */
class OperatorAccessTest extends IdentityFixture {

  private static final String GUESSER = "203.0.113.66";
  private static final String OPERATOR = "10.0.0.1";

  private final OperatorAccessService access =
      new OperatorAccessService(
          new OperatorCredential("ops", "s3cret operator password"),
          attempts,
          settings,
          audit,
          clock);

  private boolean admits(String password, String address) {
    return access.admits("ops", password, address);
  }

  private int guesses(String address) {
    return throttle
        .stored(OperatorAccessService.SCOPE, address)
        .map(count -> count.attempts())
        .orElse(0);
  }

  @Test
  void isDisabledWithoutACredential() {
    var none =
        new OperatorAccessService(OperatorCredential.none(), attempts, settings, audit, clock);
    var userOnly =
        new OperatorAccessService(
            new OperatorCredential("ops", " "), attempts, settings, audit, clock);

    assertFalse(none.enabled());
    assertFalse(userOnly.enabled());
    assertFalse(none.admits("", "", OPERATOR));
    assertTrue(access.enabled());
  }

  @Test
  void admitsTheRightCredentialWithoutCountingOrAuditing() {
    assertTrue(admits("s3cret operator password", OPERATOR));

    assertEquals(0, guesses(OPERATOR));
    assertEquals(List.of(), audit.entries());
  }

  @Test
  void countsAndAuditsEachWrongGuessPerAddress() {
    assertFalse(admits("guess", GUESSER));
    assertFalse(access.admits("root", "s3cret operator password", GUESSER));

    assertEquals(2, guesses(GUESSER));
    assertEquals(0, guesses(OPERATOR));
    assertEquals(
        List.of(
            new Entry(Event.OPERATOR_REFUSED, null, GUESSER, START),
            new Entry(Event.OPERATOR_REFUSED, null, GUESSER, START)),
        audit.entries());
  }

  @Test
  void throttlesAnAddressAfterTheLimitEvenWithTheRightCredential() {
    for (int i = 0; i < 3; i++) {
      assertFalse(admits("guess " + i, GUESSER));
    }

    var refused =
        assertThrows(
            IdentityFailure.Throttled.class, () -> admits("s3cret operator password", GUESSER));

    assertEquals(Duration.ofSeconds(30), refused.retryAfter());
    assertEquals(new Entry(Event.OPERATOR_REFUSED, null, GUESSER, START), audit.last());
    assertEquals(4, audit.entries().size());
    assertEquals(3, guesses(GUESSER));
    assertTrue(admits("s3cret operator password", OPERATOR));
  }

  @Test
  void aThrottledAddressIsAdmittedAgainOnceItHasWaited() {
    for (int i = 0; i < 3; i++) {
      admits("guess " + i, GUESSER);
    }
    clock.advance(Duration.ofSeconds(29));
    assertEquals(
        Duration.ofSeconds(1),
        assertThrows(IdentityFailure.Throttled.class, () -> admits("guess", GUESSER)).retryAfter());

    clock.advance(Duration.ofSeconds(1));

    assertTrue(admits("s3cret operator password", GUESSER));
    assertEquals(
        Optional.of(3),
        throttle.stored(OperatorAccessService.SCOPE, GUESSER).map(count -> count.attempts()));
  }
}
