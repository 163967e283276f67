package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.fake.FakePasswordHasher;
import io.taskguard.application.fake.RecordingAccountMailer.Mail;
import io.taskguard.application.port.in.ChangePasswordUseCase;
import io.taskguard.application.port.in.RequestPasswordResetUseCase;
import io.taskguard.application.port.in.ResetPasswordUseCase;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.application.port.out.AuditLog.Event;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordChangeAndResetTest extends IdentityFixture {

  static final String NEW = "a brand new passphrase";

  private ChangePasswordUseCase.Changed change(SignedIn in, String current, boolean revokeOthers) {
    return changePassword.change(
        new ChangePasswordUseCase.Command(
            in.sessionToken(), current, NEW, revokeOthers, from("192.0.2.9")));
  }

  private String requestReset(String email) {
    int before = mailer.of("reset").size();
    resetLinks.requestReset(
        new RequestPasswordResetUseCase.Command(email, null, from("192.0.2.7")));
    return mailer.of("reset").size() > before ? mailer.of("reset").get(before).token() : null;
  }

  private void reset(String token, String password) {
    resetPassword.reset(new ResetPasswordUseCase.Command(token, password, from("192.0.2.7")));
  }

  @Test
  void aChangeNeedsTheCurrentPasswordAndAWrongOneCountsAsAFailedSignIn() {
    User ada = account("ada@example.com");
    SignedIn in = sessionOf(ada, "192.0.2.1");

    assertThrows(IdentityFailure.WrongPassword.class, () -> change(in, "not it", false));

    assertEquals(FakePasswordHasher.CURRENT + PASSWORD, storedHash("ada@example.com").encoded());
    assertEquals(
        1,
        throttle
            .current("signin-account", "ada@example.com", START, Duration.ofMinutes(15))
            .attempts());
    assertTrue(audit.events().contains(Event.PASSWORD_CONFIRMATION_FAILED));
    assertTrue(mailer.of("password-changed").isEmpty());
  }

  @Test
  void aWeakNewPasswordIsRefusedBeforeTheCurrentOneIsJudged() {
    SignedIn in = sessionOf(account("ada@example.com"), "192.0.2.1");

    assertThrows(
        IdentityFailure.WeakPassword.class,
        () ->
            changePassword.change(
                new ChangePasswordUseCase.Command(
                    in.sessionToken(), "wrong", "short", false, from("x"))));
    assertEquals(
        0,
        throttle
            .current("signin-account", "ada@example.com", START, Duration.ofMinutes(15))
            .attempts());
  }

  @Test
  void aChangeKeepsEverySessionUnlessAskedThenKeepsOnlyTheCallers() {
    User ada = account("ada@example.com");
    SignedIn phone = sessionOf(ada, "192.0.2.1");
    SignedIn laptop = sessionOf(ada, "192.0.2.2");

    assertEquals(Optional.empty(), change(phone, PASSWORD, false).sessionToken());
    assertTrue(sessionService.current(laptop.sessionToken()).isPresent());
    assertEquals(FakePasswordHasher.CURRENT + NEW, storedHash("ada@example.com").encoded());

    ChangePasswordUseCase.Changed changed =
        changePassword.change(
            new ChangePasswordUseCase.Command(
                phone.sessionToken(), NEW, PASSWORD, true, from("x")));
    assertEquals(Optional.of(phone.sessionToken()), changed.sessionToken());
    assertTrue(sessionService.current(phone.sessionToken()).isPresent());
    assertFalse(sessionService.current(laptop.sessionToken()).isPresent());
    assertEquals(2, mailer.of("password-changed").size());
  }

  @Test
  void aResetLinkGoesOnlyToAnAccountAndTheRequestSaysTheSameEitherWay() {
    account("ada@example.com");

    String token = requestReset("ADA@example.com");
    assertEquals(null, requestReset("nobody@example.com"));

    assertEquals(
        new Mail("reset", new io.taskguard.domain.user.Email("ada@example.com"), token, null),
        mailer.of("reset").get(0));
    assertEquals(2, audit.events().stream().filter(Event.PASSWORD_RESET_REQUESTED::equals).count());
    byte[] clear = token.getBytes(StandardCharsets.UTF_8);
    assertTrue(accountTokens.storedHashes().stream().noneMatch(h -> Arrays.equals(h, clear)));
  }

  @Test
  void aResetSetsThePasswordUsesTheTokenOnceAndEndsEverySession() {
    User ada = account("ada@example.com");
    SignedIn in = sessionOf(ada, "192.0.2.1");
    String token = requestReset("ada@example.com");
    assertTrue(resetLinks.resetTokenValid(token));

    reset(token, NEW);

    assertEquals(FakePasswordHasher.CURRENT + NEW, storedHash("ada@example.com").encoded());
    assertFalse(sessionService.current(in.sessionToken()).isPresent());
    assertTrue(users.findById(ada.id()).orElseThrow().emailVerified(), "the link proved it");
    assertFalse(resetLinks.resetTokenValid(token));
    assertThrows(IdentityFailure.InvalidToken.class, () -> reset(token, "another new passphrase"));
    assertTrue(audit.events().contains(Event.PASSWORD_RESET));
  }

  @Test
  void aRefusedPasswordKeepsTheTokenAndOnlyTheNewestLinkWorks() {
    account("ada@example.com");
    String first = requestReset("ada@example.com");
    String second = requestReset("ada@example.com");

    assertThrows(IdentityFailure.WeakPassword.class, () -> reset(second, "short"));
    assertThrows(IdentityFailure.InvalidToken.class, () -> reset(first, NEW));
    reset(second, NEW);
    assertEquals(FakePasswordHasher.CURRENT + NEW, storedHash("ada@example.com").encoded());
  }

  @Test
  void anExpiredOrUnknownTokenIsInvalid() {
    account("ada@example.com");
    String token = requestReset("ada@example.com");
    clock.advance(Duration.ofHours(1));

    assertThrows(IdentityFailure.InvalidToken.class, () -> reset(token, NEW));
    assertThrows(IdentityFailure.InvalidToken.class, () -> reset("made-up", NEW));
    assertThrows(IdentityFailure.InvalidToken.class, () -> reset(null, NEW));
  }

  @Test
  void anAccountGetsFiveMailsAnHourAndAnAddressIsToldToWaitAfterTwenty() {
    account("ada@example.com");
    for (int i = 0; i < 5; i++) {
      assertTrue(requestReset("ada@example.com") != null, "mail " + i);
    }
    assertEquals(null, requestReset("ada@example.com"), "the sixth sends nothing, silently");

    for (int i = 0; i < 14; i++) {
      requestReset("someone" + i + "@example.com");
    }
    assertThrows(IdentityFailure.Throttled.class, () -> requestReset("late@example.com"));
  }
}
