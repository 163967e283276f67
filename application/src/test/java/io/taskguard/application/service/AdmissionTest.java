package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.config.AccountSettings;
import io.taskguard.application.fake.RecordingAuditLog.Entry;
import io.taskguard.application.port.in.SignInUseCase;
import io.taskguard.application.port.out.AuditLog.Event;
import io.taskguard.application.port.out.AuthEvents.SignInOutcome;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A session for whoever proved who they are, unless sign-in waits for a verified address. */
class AdmissionTest extends IdentityFixture {

  private final User ada = account("ada@example.com");

  private Admission admission(boolean verifyOnSignUp, boolean requireVerifiedEmail) {
    AccountSettings d = AccountSettings.defaults();
    AccountSettings chosen =
        new AccountSettings(
            d.resetTokenTtl(),
            d.verifyTokenTtl(),
            d.mailsPerAccount(),
            d.mailsPerAddress(),
            d.freshAge(),
            d.revokeSessionsOnReset(),
            requireVerifiedEmail,
            verifyOnSignUp);
    return new Admission(chosen, verifications, starter, challengeIssuer, deviceTrust, audit);
  }

  @Test
  void aSignUpGetsASessionAndByDefaultAVerificationLink() {
    assertTrue(
        admission(true, false).signedUp(ada, from("192.0.2.1"), clock.instant()).hasSession());
    assertEquals(1, mailer.of("verification").size());
  }

  @Test
  void aSignUpWithoutVerificationGetsASessionAndNoMail() {
    assertTrue(
        admission(false, false).signedUp(ada, from("192.0.2.1"), clock.instant()).hasSession());
    assertEquals(0, mailer.of("verification").size());
  }

  @Test
  void whileSignInWaitsForAVerifiedAddressASignUpGetsALinkAndNoSession() {
    assertFalse(
        admission(false, true).signedUp(ada, from("192.0.2.1"), clock.instant()).hasSession());
    assertEquals(1, mailer.of("verification").size());
  }

  @Test
  void whileSignInWaitsForAVerifiedAddressAnUnverifiedSignInIsRefusedWithANewLink() {
    Admission waiting = admission(true, true);

    assertThrows(
        IdentityFailure.EmailNotVerified.class,
        () -> waiting.signedIn(ada, null, from("192.0.2.1"), clock.instant()));
    assertEquals(1, mailer.of("verification").size());
  }

  @Test
  void aSignInGetsASessionWithoutMailByDefault() {
    assertTrue(
        admission(true, false)
            .signedIn(ada, null, from("192.0.2.1"), clock.instant())
            .signedIn()
            .hasSession());
    assertEquals(0, mailer.of("verification").size());
  }

  /** The right password while the address waits: refused, and recorded as refused, never as in. */
  @Test
  void aSignInRefusedForAnUnverifiedAddressIsAuditedAsRefused() {
    SignInService waiting =
        new SignInService(
            new SignInRecords(
                users, new LoginThrottle(attempts, settings), audit, admission(true, true)),
            hasher,
            events,
            clock);

    assertThrows(
        IdentityFailure.EmailNotVerified.class,
        () ->
            waiting.signIn(
                new SignInUseCase.Command("ada@example.com", PASSWORD, null, from("192.0.2.1"))));

    assertEquals(
        List.of(new Entry(Event.SIGN_IN_REFUSED, ada.id(), "192.0.2.1", START)), audit.entries());
    assertEquals(List.of(SignInOutcome.REFUSED), events.signIns());
    assertEquals(0, sessions.size());
  }
}
