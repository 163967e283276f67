package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.in.ChangePasswordUseCase;
import io.taskguard.application.port.in.DeleteAccountUseCase;
import io.taskguard.application.port.in.RevokeUserSessionsUseCase;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.domain.user.User;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A live answer is remembered for less than {@link SessionCheck#FRESHNESS} from the lookup that
 * gave it; a session ended on another server is therefore seen late by at most that much, and one
 * ended on this server at once.
 */
class SessionCheckTest extends IdentityFixture {

  private static final Duration JUST_UNDER = SessionCheck.FRESHNESS.minusMillis(1);

  private final User ada = account("ada@example.com");
  private final User bob = account("bob@example.com");
  private final SignedIn laptop = sessionOf(ada, "192.0.2.1");

  private boolean isLive(SignedIn signedIn) {
    return check.isLive(signedIn.session().id().value(), signedIn.user().id().value());
  }

  /** Ends the session in the shared store, as another server would, unseen by this one. */
  private void endedElsewhere(SignedIn signedIn) {
    sessions.revoke(signedIn.user().id(), signedIn.session().id(), clock.instant());
  }

  @Test
  void aLiveSessionOfItsUserIsLive() {
    assertTrue(isLive(laptop));
  }

  @Test
  void anotherUsersMalformedOrUnknownSessionIsNot() {
    String sid = laptop.session().id().value();

    assertFalse(check.isLive(sid, bob.id().value()));
    assertFalse(check.isLive("../" + sid, ada.id().value()));
    assertFalse(check.isLive(sid, "not a user id"));
    assertFalse(check.isLive(null, ada.id().value()));
    assertFalse(check.isLive(sid, null));
    assertFalse(check.isLive("unknown-session", ada.id().value()));
  }

  @Test
  void aRememberedLiveAnswerDoesNotVouchForAnotherUser() {
    assertTrue(isLive(laptop));

    assertFalse(check.isLive(laptop.session().id().value(), bob.id().value()));
  }

  @Test
  void aLiveAnswerIsReusedWithinItsFreshnessAndNoLonger() {
    assertTrue(isLive(laptop));
    endedElsewhere(laptop);

    clock.advance(JUST_UNDER);
    assertTrue(isLive(laptop));
    clock.advance(Duration.ofMillis(1));
    assertFalse(isLive(laptop));
  }

  @Test
  void reusingAnAnswerDoesNotMakeItFresher() {
    assertTrue(isLive(laptop));
    clock.advance(JUST_UNDER);
    assertTrue(isLive(laptop));
    endedElsewhere(laptop);

    clock.advance(Duration.ofMillis(1));

    assertFalse(isLive(laptop));
  }

  @Test
  void anExpiredSessionIsNotLive() {
    clock.set(laptop.session().expiresAt());

    assertFalse(isLive(laptop));
  }

  @Test
  void signingOutHereIsSeenAtOnce() {
    assertTrue(isLive(laptop));

    sessionService.signOut(laptop.sessionToken(), from("192.0.2.1"));

    assertFalse(isLive(laptop));
  }

  @Test
  void revokingASessionHereIsSeenAtOnce() {
    SignedIn phone = sessionOf(ada, "198.51.100.7");
    assertTrue(isLive(phone));

    sessionService.revoke(laptop.sessionToken(), phone.session().id());

    assertFalse(isLive(phone));
    assertTrue(isLive(laptop));
  }

  @Test
  void anOperatorEndingEverySessionOfAUserIsSeenAtOnce() {
    SignedIn phone = sessionOf(ada, "198.51.100.7");
    SignedIn bobs = sessionOf(bob, "192.0.2.2");
    assertTrue(isLive(laptop) && isLive(phone) && isLive(bobs));

    operator.revokeAll(new RevokeUserSessionsUseCase.Command(ada.id().value(), "10.0.0.1"));

    assertFalse(isLive(laptop));
    assertFalse(isLive(phone));
    assertTrue(isLive(bobs));
  }

  @Test
  void endingTheOtherSessionsHereIsSeenAtOnce() {
    SignedIn phone = sessionOf(ada, "198.51.100.7");
    assertTrue(isLive(laptop) && isLive(phone));

    sessionService.revokeOthers(laptop.sessionToken());

    assertFalse(isLive(phone));
    assertTrue(isLive(laptop));
  }

  @Test
  void aPasswordChangeThatEndsTheOtherSessionsIsSeenAtOnce() {
    SignedIn phone = sessionOf(ada, "198.51.100.7");
    assertTrue(isLive(laptop) && isLive(phone));

    changePassword.change(
        new ChangePasswordUseCase.Command(
            laptop.sessionToken(), PASSWORD, "a brand new passphrase", true, from("192.0.2.1")));

    assertFalse(isLive(phone));
    assertTrue(isLive(laptop));
  }

  @Test
  void deletingTheAccountIsSeenAtOnce() {
    SignedIn phone = sessionOf(ada, "198.51.100.7");
    assertTrue(isLive(laptop) && isLive(phone));

    accounts.delete(
        new DeleteAccountUseCase.Command(
            laptop.sessionToken(), Optional.of(PASSWORD), from("192.0.2.1")));

    assertFalse(isLive(laptop));
    assertFalse(isLive(phone));
  }
}
