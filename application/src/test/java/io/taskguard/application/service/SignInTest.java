package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.taskguard.application.fake.FakePasswordHasher;
import io.taskguard.application.fake.RecordingAuditLog.Entry;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.application.port.out.AuditLog.Event;
import io.taskguard.application.port.out.AuthEvents.SignInOutcome;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInTest extends IdentityFixture {

  private static final String ATTACKER = "203.0.113.66";
  private static final String HOME = "192.0.2.1";

  private final User ada = account("ada@example.com");

  private IdentityFailure.InvalidCredentials refused(String email, String password, String from) {
    return assertThrows(
        IdentityFailure.InvalidCredentials.class, () -> signIn(email, password, from));
  }

  private IdentityFailure.Throttled throttled(String email, String password, String from) {
    return assertThrows(IdentityFailure.Throttled.class, () -> signIn(email, password, from));
  }

  private int failures(String scope, String subject) {
    return throttle.stored(scope, subject).map(count -> count.attempts()).orElse(0);
  }

  @Test
  void signsInAuditsAndStartsASession() {
    SignedIn signedIn = signIn(" ADA@example.com", PASSWORD, HOME);

    assertEquals(ada, signedIn.user());
    assertEquals(ada.id(), sessions.stored(signedIn.session().id()).orElseThrow().userId());
    assertEquals(List.of(new Entry(Event.SIGN_IN, ada.id(), HOME, START)), audit.entries());
    assertEquals(List.of(SignInOutcome.SUCCESS), events.signIns());
    assertEquals(1, events.jwtsIssued());
  }

  @Test
  void successClearsTheAccountsFailuresButNotTheAddresss() {
    refused("ada@example.com", "wrong password", HOME);
    refused("ada@example.com", "wrong password", HOME);

    signIn("ada@example.com", PASSWORD, HOME);

    assertEquals(Optional.empty(), throttle.stored(LoginThrottle.ACCOUNT, "ada@example.com"));
    assertEquals(2, failures(LoginThrottle.ADDRESS, HOME));
  }

  @Test
  void aWrongPasswordAndAnUnknownEmailFailAlikeAndBothCount() {
    var wrongPassword = refused("ada@example.com", "wrong password", ATTACKER);
    int workForWrongPassword = hasher.work();
    var unknownEmail = refused("nobody@example.com", PASSWORD, ATTACKER);

    assertEquals(wrongPassword.getMessage(), unknownEmail.getMessage());
    assertEquals(workForWrongPassword, hasher.work() - workForWrongPassword);
    assertEquals(2, failures(LoginThrottle.ADDRESS, ATTACKER));
    assertEquals(1, failures(LoginThrottle.ACCOUNT, "ada@example.com"));
    assertEquals(1, failures(LoginThrottle.ACCOUNT, "nobody@example.com"));
    assertEquals(
        List.of(
            new Entry(Event.SIGN_IN_FAILED, ada.id(), ATTACKER, START),
            new Entry(Event.SIGN_IN_FAILED, null, ATTACKER, START)),
        audit.entries());
    assertEquals(
        List.of(SignInOutcome.BAD_CREDENTIALS, SignInOutcome.BAD_CREDENTIALS), events.signIns());
    assertEquals(0, sessions.size());
  }

  @Test
  void aBackedOffAccountStaysOpenToItsOwnerFromACleanAddress() {
    for (int i = 0; i < 3; i++) {
      refused("ada@example.com", "guess " + i, ATTACKER);
    }

    var refusal = throttled("ada@example.com", PASSWORD, ATTACKER);
    SignedIn owner = signIn("ada@example.com", PASSWORD, HOME);

    assertEquals(Duration.ofSeconds(30), refusal.retryAfter());
    assertEquals(ada, owner.user());
    assertEquals(
        List.of(
            new Entry(Event.THROTTLED, null, ATTACKER, START),
            new Entry(Event.SIGN_IN, ada.id(), HOME, START)),
        audit.entries().subList(3, 5));
    assertEquals(SignInOutcome.THROTTLED, events.signIns().get(3));
    assertEquals(3, failures(LoginThrottle.ADDRESS, ATTACKER));
  }

  @Test
  void theAccountBackOffHoldsForAnyAddressWithFailuresOfItsOwn() {
    for (int i = 0; i < 3; i++) {
      refused("ada@example.com", "guess " + i, ATTACKER);
    }
    refused("bob@example.com", "typo", HOME);

    throttled("ada@example.com", PASSWORD, HOME);
    assertEquals(0, sessions.size());
  }

  @Test
  void aBackedOffAddressIsRefusedForEveryAccount() {
    account("bob@example.com");
    for (int i = 0; i < 10; i++) {
      refused("user" + i + "@example.com", "guess", ATTACKER);
    }

    var refusal = throttled("bob@example.com", PASSWORD, ATTACKER);

    assertEquals(Duration.ofSeconds(30), refusal.retryAfter());
    assertEquals(10, failures(LoginThrottle.ADDRESS, ATTACKER));
    assertEquals(0, failures(LoginThrottle.ACCOUNT, "bob@example.com"));
    assertEquals(0, sessions.size());
    assertEquals(
        "bob@example.com", signIn("bob@example.com", PASSWORD, HOME).user().email().value());
  }

  @Test
  void theBackOffDoublesWithEachFurtherFailureUpToTheLongest() {
    refused("ada@example.com", "guess", ATTACKER);
    refused("ada@example.com", "guess", ATTACKER);
    List<Duration> waits = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      refused("ada@example.com", "guess", ATTACKER);
      Duration wait = throttled("ada@example.com", PASSWORD, ATTACKER).retryAfter();
      waits.add(wait);
      clock.advance(wait);
    }

    assertEquals(
        List.of(
            Duration.ofSeconds(30),
            Duration.ofSeconds(60),
            Duration.ofMinutes(2),
            Duration.ofMinutes(2)),
        waits);
  }

  @Test
  void theWaitShrinksAsTimePasses() {
    for (int i = 0; i < 3; i++) {
      refused("ada@example.com", "guess", ATTACKER);
    }
    clock.advance(Duration.ofSeconds(20));

    assertEquals(
        Duration.ofSeconds(10), throttled("ada@example.com", PASSWORD, ATTACKER).retryAfter());
    clock.advance(Duration.ofSeconds(10));
    assertEquals(ada, signIn("ada@example.com", PASSWORD, ATTACKER).user());
  }

  @Test
  void anOutdatedHashIsReplacedOnSuccessOnly() {
    account("old@example.com", FakePasswordHasher.outdated(PASSWORD));

    refused("old@example.com", "wrong password", HOME);
    assertEquals(FakePasswordHasher.outdated(PASSWORD), storedHash("old@example.com"));

    signIn("old@example.com", PASSWORD, HOME);
    assertEquals(hasher.hash(PASSWORD), storedHash("old@example.com"));
  }

  @Test
  void aMalformedEmailIsRefusedBeforeAnythingIsCounted() {
    var refused =
        assertThrows(
            IdentityFailure.InvalidInput.class, () -> signIn("not an email", PASSWORD, ATTACKER));

    assertEquals(IdentityFailure.InvalidInput.Rule.EMAIL_MALFORMED, refused.rule());
    assertEquals(0, failures(LoginThrottle.ADDRESS, ATTACKER));
    assertEquals(List.of(), audit.entries());
  }
}
