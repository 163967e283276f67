package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.in.CancelEmailChangeUseCase;
import io.taskguard.application.port.in.ChangeEmailUseCase;
import io.taskguard.application.port.in.PendingEmailChangeUseCase;
import io.taskguard.application.port.in.SendVerificationEmailUseCase;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.application.port.out.AuditLog.Event;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmailServiceTest extends IdentityFixture {

  private void askVerification(Optional<String> session, String email) {
    emails.sendVerification(
        new SendVerificationEmailUseCase.Command(session, email, "/verified", from("192.0.2.5")));
  }

  private String lastToken(String kind) {
    return mailer.of(kind).get(mailer.of(kind).size() - 1).token();
  }

  private void changeTo(SignedIn in, String email) {
    emails.change(new ChangeEmailUseCase.Command(in.sessionToken(), email, null, from("x")));
  }

  @Test
  void aSignedInPersonMayAskOnlyForTheirOwnUnverifiedAddress() {
    User ada = account("ada@example.com");
    Optional<String> session = Optional.of(sessionOf(ada, "192.0.2.1").sessionToken());

    assertThrows(
        IdentityFailure.EmailMismatch.class, () -> askVerification(session, "bob@example.com"));
    askVerification(session, "ada@example.com");
    assertEquals(1, mailer.of("verification").size());

    emails.verify(lastToken("verification"), from("x"));
    assertThrows(
        IdentityFailure.EmailAlreadyVerified.class,
        () -> askVerification(session, "ada@example.com"));
  }

  @Test
  void anAnonymousRequestMailsOnlyAnUnverifiedAccountAndSaysNothing() {
    account("ada@example.com");

    askVerification(Optional.empty(), "nobody@example.com");
    askVerification(Optional.of("not a session"), "ada@example.com");

    assertEquals(1, mailer.of("verification").size());
    assertEquals(new Email("ada@example.com"), mailer.of("verification").get(0).to());
    assertEquals("/verified", mailer.of("verification").get(0).callback());
  }

  @Test
  void aVerificationLinkWorksOnceAndNotAfterItsTime() {
    User ada = account("ada@example.com");
    askVerification(Optional.empty(), "ada@example.com");
    String token = lastToken("verification");

    assertEquals(Optional.empty(), emails.verify(token, from("x")).changed());
    assertTrue(users.findById(ada.id()).orElseThrow().emailVerified());
    assertThrows(IdentityFailure.InvalidToken.class, () -> emails.verify(token, from("x")));
    assertTrue(audit.events().contains(Event.EMAIL_VERIFIED));

    User bob = account("bob@example.com");
    askVerification(Optional.empty(), "bob@example.com");
    String late = lastToken("verification");
    clock.advance(Duration.ofDays(1));
    assertThrows(IdentityFailure.TokenExpired.class, () -> emails.verify(late, from("x")));
    assertFalse(users.findById(bob.id()).orElseThrow().emailVerified());
  }

  @Test
  void anEmailChangeHappensWhenTheLinkSentToTheNewAddressIsUsed() {
    User ada = account("ada@example.com");
    SignedIn in = sessionOf(ada, "192.0.2.1");

    changeTo(in, "Ada.New@Example.com");

    assertEquals(new Email("ada.new@example.com"), mailer.of("verification").get(0).to());
    assertEquals(new Email("ada@example.com"), mailer.of("change-notice").get(0).to());
    assertEquals(new Email("ada@example.com"), users.findById(ada.id()).orElseThrow().email());

    User changed = emails.verify(lastToken("verification"), from("x")).changed().orElseThrow();
    assertEquals(new Email("ada.new@example.com"), changed.email());
    assertTrue(changed.emailVerified(), "the new address just proved it receives mail");
    assertTrue(users.findByEmail(new Email("ada@example.com")).isEmpty());
    assertTrue(audit.events().contains(Event.EMAIL_CHANGED));
  }

  @Test
  void aChangeToTakenOrOwnAddressMailsNothing() {
    User ada = account("ada@example.com");
    account("bob@example.com");
    SignedIn in = sessionOf(ada, "192.0.2.1");

    changeTo(in, "bob@example.com");
    assertTrue(mailer.mails.isEmpty(), "nothing mailed, nothing said");
    assertThrows(IdentityFailure.EmailUnchanged.class, () -> changeTo(in, "ADA@example.com"));
  }

  @Test
  void onlyTheNewestPendingChangeCounts() {
    User ada = account("ada@example.com");
    SignedIn in = sessionOf(ada, "192.0.2.1");
    changeTo(in, "first@example.com");
    String first = lastToken("verification");
    changeTo(in, "second@example.com");

    assertThrows(IdentityFailure.InvalidToken.class, () -> emails.verify(first, from("x")));
    emails.verify(lastToken("verification"), from("x"));
    assertEquals(new Email("second@example.com"), users.findById(ada.id()).orElseThrow().email());
  }

  @Test
  void theOwnSessionLearnsWhetherItsLinkWentAndAnyoneElseNothing() {
    User ada = account("ada@example.com");
    Optional<String> session = Optional.of(sessionOf(ada, "192.0.2.1").sessionToken());
    for (int mail = 1; mail <= 5; mail++) {
      assertTrue(ask(session, "ada@example.com").orElseThrow().mailed(), "mail " + mail);
    }

    SendVerificationEmailUseCase.Outcome heldBack = ask(session, "ada@example.com").orElseThrow();

    assertFalse(heldBack.mailed());
    assertEquals(Duration.ofHours(1), heldBack.heldBackFor().orElseThrow());
    assertEquals(Optional.empty(), ask(Optional.empty(), "ada@example.com"));
    assertEquals(5, mailer.of("verification").size());
  }

  @Test
  void aPendingChangeIsShownUntilItIsCancelled() {
    PendingEmailChangeService pending =
        new PendingEmailChangeService(sessions, accountTokens, audit, clock);
    User ada = account("ada@example.com");
    SignedIn in = sessionOf(ada, "192.0.2.1");
    assertEquals(Optional.empty(), pending.pending(in.sessionToken()));

    changeTo(in, "new@example.com");

    PendingEmailChangeUseCase.Pending shown = pending.pending(in.sessionToken()).orElseThrow();
    assertEquals(new Email("new@example.com"), shown.newEmail());
    assertEquals(shown.requestedAt().plus(Duration.ofDays(1)), shown.expiresAt());
    assertTrue(pending.cancel(new CancelEmailChangeUseCase.Command(in.sessionToken(), from("x"))));
    assertEquals(Optional.empty(), pending.pending(in.sessionToken()));
    assertThrows(
        IdentityFailure.InvalidToken.class,
        () -> emails.verify(lastToken("verification"), from("x")));
    assertTrue(audit.events().contains(Event.EMAIL_CHANGE_CANCELLED));
    assertFalse(pending.cancel(new CancelEmailChangeUseCase.Command(in.sessionToken(), from("x"))));
  }

  private Optional<SendVerificationEmailUseCase.Outcome> ask(
      Optional<String> session, String email) {
    return emails.sendVerification(
        new SendVerificationEmailUseCase.Command(session, email, null, from("192.0.2.9")));
  }
}
