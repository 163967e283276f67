package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.fake.FakeKeyManagement.Call;
import io.taskguard.application.fake.RecordingAuditLog.Entry;
import io.taskguard.application.port.in.RevokeUserSessionsUseCase.Command;
import io.taskguard.application.port.in.RevokeUserSessionsUseCase.Revoked;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.application.port.out.AuditLog.Event;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperatorServiceTest extends IdentityFixture {

  private static final String OPERATOR = "10.0.0.1";

  private final User ada = account("ada@example.com");
  private final User bob = account("bob@example.com");

  @Test
  void rotatesNowFromTheOperatorsAddress() {
    String kid = operator.rotateNow(OPERATOR);

    assertEquals(List.of(new Call("rotate", kid, START, OPERATOR)), keys.calls());
    assertEquals(Set.of(kid), keys.published());
  }

  @Test
  void withdrawsAPublishedKeyFromTheOperatorsAddress() {
    keys.publish("kid-a");
    keys.publish("kid-b");

    operator.withdraw("kid-a", OPERATOR);

    assertEquals(List.of(new Call("withdraw", "kid-a", START, OPERATOR)), keys.calls());
    assertEquals(Set.of("kid-b"), keys.published());
  }

  @Test
  void anUnknownKeyIsNotFound() {
    keys.publish("kid-a");

    assertThrows(
        IdentityFailure.SigningKeyNotFound.class, () -> operator.withdraw("kid-z", OPERATOR));
    assertThrows(IdentityFailure.SigningKeyNotFound.class, () -> operator.withdraw(" ", OPERATOR));
    assertThrows(IdentityFailure.SigningKeyNotFound.class, () -> operator.withdraw(null, OPERATOR));

    assertEquals(Set.of("kid-a"), keys.published());
    assertEquals(1, keys.calls().size());
  }

  @Test
  void reencryptsEveryKeyAndAuditsHowMany() {
    keys.publish("kid-a");
    keys.publish("kid-b");
    clock.advance(Duration.ofMinutes(1));

    assertEquals(2, operator.reencryptAll(OPERATOR));

    Instant now = clock.instant();
    assertEquals(List.of(new Call("reencrypt", null, now, null)), keys.calls());
    assertEquals(
        List.of(new Entry(Event.OPERATOR_KEYS_REENCRYPTED, null, OPERATOR, now)), audit.entries());
  }

  @Test
  void endsEveryLiveSessionOfAUserNamedById() {
    SignedIn laptop = sessionOf(ada, "192.0.2.1");
    SignedIn phone = sessionOf(ada, "198.51.100.7");
    SignedIn old = sessionOf(ada, "198.51.100.8");
    sessionService.signOut(old.sessionToken(), from("198.51.100.8"));
    SignedIn bobs = sessionOf(bob, "192.0.2.2");
    clock.advance(Duration.ofMinutes(1));

    Revoked revoked = operator.revokeAll(new Command(" " + ada.id().value() + " ", OPERATOR));

    assertEquals(new Revoked(ada.id(), 2), revoked);
    assertEquals(Optional.of(clock.instant()), sessions.revokedAt(laptop.session().id()));
    assertEquals(Optional.of(clock.instant()), sessions.revokedAt(phone.session().id()));
    assertEquals(Optional.of(START), sessions.revokedAt(old.session().id()));
    assertEquals(Optional.empty(), sessions.revokedAt(bobs.session().id()));
    assertEquals(
        new Entry(Event.OPERATOR_SESSIONS_REVOKED, ada.id(), OPERATOR, clock.instant()),
        audit.last());
  }

  @Test
  void endsEverySessionOfAUserNamedByEmailInAnyCase() {
    SignedIn laptop = sessionOf(ada, "192.0.2.1");

    Revoked revoked = operator.revokeAll(new Command("ADA@Example.com", OPERATOR));

    assertEquals(new Revoked(ada.id(), 1), revoked);
    assertTrue(sessions.revokedAt(laptop.session().id()).isPresent());
    assertEquals(
        List.of(new Entry(Event.OPERATOR_SESSIONS_REVOKED, ada.id(), OPERATOR, START)),
        audit.entries());
  }

  @Test
  void aUserWithNoLiveSessionIsStillFoundAndAudited() {
    assertEquals(
        new Revoked(bob.id(), 0), operator.revokeAll(new Command(bob.id().value(), OPERATOR)));
    assertEquals(List.of(Event.OPERATOR_SESSIONS_REVOKED), audit.events());
  }

  @Test
  void anUnknownOrMalformedUserIsNotFoundAndNothingEnds() {
    SignedIn laptop = sessionOf(ada, "192.0.2.1");

    for (String user : List.of("nobody@example.com", "not@an@email", "no-such-id", "../ada", "@")) {
      assertThrows(
          IdentityFailure.UserNotFound.class,
          () -> operator.revokeAll(new Command(user, OPERATOR)),
          user);
    }

    assertEquals(Optional.empty(), sessions.revokedAt(laptop.session().id()));
    assertEquals(List.of(), audit.entries());
  }

  @Test
  void aCommandMustNameAUser() {
    var refused =
        assertThrows(IdentityFailure.InvalidInput.class, () -> new Command(" ", OPERATOR));

    assertEquals(IdentityFailure.InvalidInput.Rule.USER_NOT_NAMED, refused.rule());
  }
}
