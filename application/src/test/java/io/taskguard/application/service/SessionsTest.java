package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.fake.RecordingAuditLog.Entry;
import io.taskguard.application.port.in.GetSessionUseCase.CurrentSession;
import io.taskguard.application.port.in.ListSessionsUseCase.LiveSessions;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.application.port.out.AccessToken;
import io.taskguard.application.port.out.AuditLog.Event;
import io.taskguard.domain.session.SessionId;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionsTest extends IdentityFixture {

  private final User ada = account("ada@example.com");
  private final User bob = account("bob@example.com");
  private final SignedIn laptop = sessionOf(ada, "192.0.2.1");

  private SignedIn later(User user, String address) {
    clock.advance(Duration.ofMinutes(1));
    return sessionOf(user, address);
  }

  @Test
  void aLiveSessionTokenShowsItsSessionAndUser() {
    assertEquals(
        Optional.of(new CurrentSession(laptop.session(), ada)),
        sessionService.current(laptop.sessionToken()));
  }

  @Test
  void anExpiredRevokedOrUnknownTokenShowsNothing() {
    SignedIn phone = later(ada, "198.51.100.7");
    sessionService.signOut(phone.sessionToken(), from("198.51.100.7"));

    assertEquals(Optional.empty(), sessionService.current(phone.sessionToken()));
    assertEquals(Optional.empty(), sessionService.current("no-such-token"));
    assertEquals(Optional.empty(), sessionService.current(""));
    assertEquals(Optional.empty(), sessionService.current(null));
    assertEquals(Optional.empty(), sessionService.current("x".repeat(257)));
    clock.set(START.plus(SESSION_TTL));
    assertEquals(Optional.empty(), sessionService.current(laptop.sessionToken()));
  }

  @Test
  void aLiveSessionTradesItsTokenForAJwt() {
    clock.advance(Duration.ofMinutes(5));
    AccessToken jwt = sessionService.token(laptop.sessionToken());

    var issued = tokens.issued().get(1);
    assertEquals(issued.token(), jwt);
    assertEquals(ada, issued.user());
    assertEquals(laptop.session().usedAt(START.plus(Duration.ofMinutes(5))), issued.session());
    assertEquals(START.plus(Duration.ofMinutes(5)), issued.at());
    assertEquals(2, events.jwtsIssued());
  }

  @Test
  void aSessionsLastUseIsRecordedAtMostOnceAMinute() {
    clock.advance(Duration.ofSeconds(59));
    sessionService.token(laptop.sessionToken());
    assertEquals(START, lastUse(laptop), "within the minute: no write");

    clock.advance(Duration.ofSeconds(2));
    sessionService.current(laptop.sessionToken());
    assertEquals(START.plusSeconds(61), lastUse(laptop), "a minute on: recorded");
    clock.advance(Duration.ofSeconds(30));
    sessionService.token(laptop.sessionToken());
    assertEquals(START.plusSeconds(61), lastUse(laptop));

    SignedIn phone = later(ada, "198.51.100.7");
    assertEquals(
        java.util.Set.of(START.plusSeconds(61), clock.instant()),
        sessionService.list(phone.sessionToken()).sessions().stream()
            .map(session -> session.updatedAt())
            .collect(java.util.stream.Collectors.toSet()),
        "the session list shows each one's last use");
  }

  private java.time.Instant lastUse(SignedIn signedIn) {
    return sessionService.list(signedIn.sessionToken()).sessions().stream()
        .filter(session -> session.id().equals(signedIn.session().id()))
        .findFirst()
        .orElseThrow()
        .updatedAt();
  }

  @Test
  void anExpiredOrRevokedSessionGetsNoJwt() {
    SignedIn phone = later(ada, "198.51.100.7");
    sessionService.signOut(phone.sessionToken(), from("198.51.100.7"));
    assertThrows(
        IdentityFailure.NotAuthenticated.class, () -> sessionService.token(phone.sessionToken()));
    clock.set(START.plus(SESSION_TTL).plusSeconds(1));
    assertThrows(
        IdentityFailure.NotAuthenticated.class, () -> sessionService.token(laptop.sessionToken()));

    assertEquals(2, tokens.issued().size());
    assertEquals(2, events.jwtsIssued());
  }

  @Test
  void signOutEndsTheSessionAndAuditsTheRequestsAddressOnce() {
    clock.advance(Duration.ofMinutes(3));
    sessionService.signOut(laptop.sessionToken(), from("203.0.113.9"));
    sessionService.signOut(laptop.sessionToken(), from("203.0.113.9"));
    sessionService.signOut("no-such-token", from("203.0.113.9"));

    assertEquals(
        Optional.of(START.plus(Duration.ofMinutes(3))), sessions.revokedAt(laptop.session().id()));
    assertEquals(
        List.of(new Entry(Event.SIGN_OUT, ada.id(), "203.0.113.9", clock.instant())),
        audit.entries());
  }

  @Test
  void listsTheCallersLiveSessionsNewestFirst() {
    SignedIn phone = later(ada, "198.51.100.7");
    SignedIn tablet = later(ada, "198.51.100.8");
    later(bob, "192.0.2.2");
    sessionService.signOut(tablet.sessionToken(), from("198.51.100.8"));

    LiveSessions live = sessionService.list(laptop.sessionToken());

    assertEquals(laptop.session().id(), live.current());
    assertEquals(List.of(phone.session(), laptop.session()), live.sessions());
  }

  @Test
  void revokesOneOfTheCallersOwnSessions() {
    SignedIn phone = later(ada, "198.51.100.7");

    sessionService.revoke(laptop.sessionToken(), phone.session().id());

    assertEquals(Optional.of(clock.instant()), sessions.revokedAt(phone.session().id()));
    assertEquals(Optional.empty(), sessions.revokedAt(laptop.session().id()));
    assertEquals(
        List.of(new Entry(Event.SESSION_REVOKED, ada.id(), "192.0.2.1", clock.instant())),
        audit.entries());
  }

  @Test
  void anotherUsersSessionIsNotFoundAndStaysLive() {
    SignedIn bobs = later(bob, "192.0.2.2");

    assertThrows(
        IdentityFailure.SessionNotFound.class,
        () -> sessionService.revoke(laptop.sessionToken(), bobs.session().id()));
    assertThrows(
        IdentityFailure.SessionNotFound.class,
        () -> sessionService.revoke(laptop.sessionToken(), SessionId.random()));

    assertEquals(Optional.empty(), sessions.revokedAt(bobs.session().id()));
    assertTrue(sessionService.current(bobs.sessionToken()).isPresent());
    assertEquals(List.of(), audit.entries());
  }

  @Test
  void anAlreadyEndedSessionIsNotFound() {
    SignedIn phone = later(ada, "198.51.100.7");
    sessionService.revoke(laptop.sessionToken(), phone.session().id());

    assertThrows(
        IdentityFailure.SessionNotFound.class,
        () -> sessionService.revoke(laptop.sessionToken(), phone.session().id()));
    assertEquals(List.of(Event.SESSION_REVOKED), audit.events());
  }

  @Test
  void revokesEveryOtherSessionOfTheCallerOnly() {
    SignedIn phone = later(ada, "198.51.100.7");
    SignedIn tablet = later(ada, "198.51.100.8");
    SignedIn bobs = later(bob, "192.0.2.2");

    assertEquals(2, sessionService.revokeOthers(laptop.sessionToken()));
    assertEquals(0, sessionService.revokeOthers(laptop.sessionToken()));

    assertTrue(sessions.revokedAt(phone.session().id()).isPresent());
    assertTrue(sessions.revokedAt(tablet.session().id()).isPresent());
    assertEquals(Optional.empty(), sessions.revokedAt(laptop.session().id()));
    assertEquals(Optional.empty(), sessions.revokedAt(bobs.session().id()));
    assertEquals(List.of(Event.SESSION_REVOKED), audit.events());
  }

  @Test
  void aDeadTokenMayNotListOrRevoke() {
    sessionService.signOut(laptop.sessionToken(), from("192.0.2.1"));
    SignedIn phone = later(ada, "198.51.100.7");
    String dead = laptop.sessionToken();

    assertThrows(IdentityFailure.NotAuthenticated.class, () -> sessionService.list(dead));
    assertThrows(
        IdentityFailure.NotAuthenticated.class,
        () -> sessionService.revoke(dead, phone.session().id()));
    assertThrows(IdentityFailure.NotAuthenticated.class, () -> sessionService.revokeOthers(dead));
    assertEquals(Optional.empty(), sessions.revokedAt(phone.session().id()));
  }
}
