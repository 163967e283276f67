package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.fake.FakePasswordHasher;
import io.taskguard.application.fake.RecordingAuditLog.Entry;
import io.taskguard.application.port.in.RegisterUserUseCase;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.application.port.out.AuditLog.Event;
import io.taskguard.application.port.out.AuthEvents.SignUpOutcome;
import io.taskguard.application.port.out.ThrottleStore.Count;
import io.taskguard.domain.session.Session;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.IdentityFailure.WeakPassword.Rule;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignUpTest extends IdentityFixture {

  private SignedIn signUp(String email, String password, String address) {
    return registration.register(
        new RegisterUserUseCase.Command(email, password, " Ada ", null, from(address)));
  }

  @Test
  void createsTheUserStoresAHashOfThePasswordAndAuditsIt() {
    SignedIn signedIn = signUp(" Ada@Example.COM ", PASSWORD, "192.0.2.1");

    assertEquals(new Email("ada@example.com"), signedIn.user().email());
    assertEquals("Ada", signedIn.user().name());
    assertEquals(START, signedIn.user().createdAt());
    assertEquals(Optional.of(signedIn.user()), users.findById(signedIn.user().id()));
    assertEquals(FakePasswordHasher.CURRENT + PASSWORD, storedHash("ada@example.com").encoded());
    assertNotEquals(PASSWORD, storedHash("ada@example.com").encoded());
    assertEquals(
        List.of(new Entry(Event.SIGN_UP, signedIn.user().id(), "192.0.2.1", START)),
        audit.entries());
    assertEquals(List.of(SignUpOutcome.CREATED), events.signUps());
  }

  @Test
  void startsASessionThatTheReturnedTokenProves() {
    SignedIn signedIn = signUp("ada@example.com", PASSWORD, "192.0.2.1");

    Session session = sessions.stored(signedIn.session().id()).orElseThrow();
    assertEquals(signedIn.user().id(), session.userId());
    assertEquals(START.plus(SESSION_TTL), session.expiresAt());
    assertEquals("192.0.2.1", session.ipAddress());
    assertEquals("test-agent/1.0", session.userAgent());
    assertEquals(
        Optional.of(session),
        sessions.findLive(SessionTokens.hash(signedIn.sessionToken()), START));
    assertEquals(tokens.issued().get(0).token(), signedIn.accessToken());
    assertEquals(signedIn.session(), tokens.issued().get(0).session());
    assertEquals(1, events.jwtsIssued());
  }

  @Test
  void refusesWeakPasswordsWithoutWritingOrCounting() {
    assertRefused(Rule.TOO_SHORT, "seven77");
    assertRefused(Rule.TOO_LONG, "x".repeat(129));
    assertRefused(Rule.EQUALS_EMAIL, " ADA@example.com ");
    assertRefused(Rule.TOO_COMMON, "Password");

    assertTrue(users.findByEmail(new Email("ada@example.com")).isEmpty());
    assertEquals(0, sessions.size());
    assertEquals(List.of(), audit.entries());
    assertEquals(List.of(), events.signUps());
    assertEquals(Optional.empty(), throttle.stored(SignUpRecords.SIGN_UP_SCOPE, "192.0.2.1"));
  }

  private void assertRefused(Rule rule, String password) {
    var refused =
        assertThrows(
            IdentityFailure.WeakPassword.class,
            () -> signUp("ada@example.com", password, "192.0.2.1"));
    assertEquals(rule, refused.rule());
  }

  @Test
  void refusesATakenEmailWhateverItsCaseWithoutWriting() {
    SignedIn first = signUp("ada@example.com", PASSWORD, "192.0.2.1");

    assertThrows(
        IdentityFailure.EmailTaken.class,
        () -> signUp("ADA@Example.com", "another password", "198.51.100.7"));

    assertEquals(
        first.user().id(), users.findByEmail(new Email("ada@example.com")).get().user().id());
    assertEquals(FakePasswordHasher.CURRENT + PASSWORD, storedHash("ada@example.com").encoded());
    assertEquals(1, sessions.size());
    assertEquals(List.of(Event.SIGN_UP), audit.events());
    assertEquals(List.of(SignUpOutcome.CREATED), events.signUps());
  }

  @Test
  void theSignUpAfterTheLimitWaitsOutAWindowAndIsAudited() {
    signUp("one@example.com", PASSWORD, "192.0.2.1");
    signUp("two@example.com", PASSWORD, "192.0.2.1");

    var refused =
        assertThrows(
            IdentityFailure.Throttled.class,
            () -> signUp("three@example.com", PASSWORD, "192.0.2.1"));

    assertEquals(Duration.ofHours(1), refused.retryAfter());
    assertTrue(users.findByEmail(new Email("three@example.com")).isEmpty());
    assertEquals(2, sessions.size());
    assertEquals(new Entry(Event.THROTTLED, null, "192.0.2.1", START), audit.last());
    assertEquals(
        List.of(SignUpOutcome.CREATED, SignUpOutcome.CREATED, SignUpOutcome.THROTTLED),
        events.signUps());
    assertEquals(
        Optional.of(new Count(3, START.plus(Duration.ofHours(1)))),
        throttle.stored(SignUpRecords.SIGN_UP_SCOPE, "192.0.2.1"));
  }

  @Test
  void theLimitIsPerAddress() {
    signUp("one@example.com", PASSWORD, "192.0.2.1");
    signUp("two@example.com", PASSWORD, "192.0.2.1");

    SignedIn elsewhere = signUp("three@example.com", PASSWORD, "198.51.100.7");

    assertEquals(Optional.of(elsewhere.user()), users.findById(elsewhere.user().id()));
  }

  @Test
  void aNewWindowAdmitsAgain() {
    signUp("one@example.com", PASSWORD, "192.0.2.1");
    signUp("two@example.com", PASSWORD, "192.0.2.1");
    assertThrows(
        IdentityFailure.Throttled.class, () -> signUp("three@example.com", PASSWORD, "192.0.2.1"));

    clock.advance(Duration.ofHours(1).plusSeconds(1));
    SignedIn later = signUp("three@example.com", PASSWORD, "192.0.2.1");

    assertEquals(Optional.of(later.user()), users.findById(later.user().id()));
    assertEquals(Event.SIGN_UP, audit.last().event());
    assertEquals(1, throttle.stored(SignUpRecords.SIGN_UP_SCOPE, "192.0.2.1").get().attempts());
  }

  @Test
  void aTakenEmailStillCountsAgainstTheAddress() {
    signUp("ada@example.com", PASSWORD, "192.0.2.1");
    assertThrows(
        IdentityFailure.EmailTaken.class, () -> signUp("ada@example.com", PASSWORD, "192.0.2.1"));

    assertThrows(
        IdentityFailure.Throttled.class, () -> signUp("bob@example.com", PASSWORD, "192.0.2.1"));
    assertFalse(users.findByEmail(new Email("bob@example.com")).isPresent());
  }
}
