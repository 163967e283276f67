package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.fake.FakeTotpCodes;
import io.taskguard.application.port.in.AnswerChallengeUseCase;
import io.taskguard.application.port.in.AnswerChallengeUseCase.Method;
import io.taskguard.application.port.in.ConfirmTotpUseCase;
import io.taskguard.application.port.in.EnableTwoFactorUseCase;
import io.taskguard.application.port.in.PasswordConfirmedCommand;
import io.taskguard.application.port.in.SignInOutcome;
import io.taskguard.application.port.in.SignInUseCase;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.application.port.out.AuditLog.Event;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TOTP enrolment, challenged sign-in, backup codes and trusted devices, over the fakes. */
class TwoFactorTest extends IdentityFixture {

  static final String HOME = "192.0.2.10";

  final PasswordConfirmation passwords = confirmation;
  final SecondFactorThrottle codeThrottle = new SecondFactorThrottle(attempts, settings);
  final SessionRotation rotation = new SessionRotation(ender, starter);
  final TwoFactorService twoFactor =
      new TwoFactorService(
          sessions,
          passwords,
          factors,
          secondFactorStore,
          codeThrottle,
          rotation,
          new StepUp(sessions, tokens, audit),
          audit,
          mailer,
          scopes,
          clock);
  final TwoFactorChangeService changes =
      new TwoFactorChangeService(
          sessions,
          passwords,
          secondFactorStore,
          trustedDevices,
          rotation,
          audit,
          mailer,
          scopes,
          clock);
  final MailedCodes mailedCodes = new MailedCodes(challenges, quota, mailer);
  final ChallengeService answers =
      new ChallengeService(
          challenges,
          users,
          factors,
          mailedCodes,
          codeThrottle,
          starter,
          deviceTrust,
          audit,
          mailer,
          clock);

  final User ada = account("ada@example.com");

  /** Ada with two-factor on: her TOTP URI and backup codes. */
  record Enrolled(String uri, List<String> backupCodes, SignedIn session) {}

  Enrolled enrol() {
    SignedIn session = sessionOf(ada, HOME);
    EnableTwoFactorUseCase.Enrolment enrolment =
        twoFactor.enable(
            new EnableTwoFactorUseCase.Command(session.sessionToken(), PASSWORD, null, from(HOME)));
    SignedIn confirmed =
        twoFactor.confirm(
            new ConfirmTotpUseCase.Command(
                session.sessionToken(), code(enrolment.totpUri()), from(HOME)));
    return new Enrolled(enrolment.totpUri(), enrolment.backupCodes(), confirmed);
  }

  String code(String uri) {
    return FakeTotpCodes.codeAt(uri, clock.instant());
  }

  SignInOutcome signInOutcome(String trustedDevice) {
    return signIn.signIn(
        new SignInUseCase.Command("ada@example.com", PASSWORD, trustedDevice, from(HOME)));
  }

  SignInOutcome answer(SignInOutcome challenged, Method method, String code, boolean trust) {
    return answers.answer(
        new AnswerChallengeUseCase.Command(
            challenged.challenge().token(), method, code, trust, from(HOME)));
  }

  @Test
  void confirmingTheFirstCodeTurnsTwoFactorOnAndReplacesTheSession() {
    SignedIn before = sessionOf(ada, HOME);
    EnableTwoFactorUseCase.Enrolment enrolment =
        twoFactor.enable(
            new EnableTwoFactorUseCase.Command(
                before.sessionToken(), PASSWORD, "Acme", from(HOME)));

    assertTrue(enrolment.totpUri().startsWith("otpauth://totp/Acme:ada@example.com?"));
    assertEquals(10, enrolment.backupCodes().size());
    assertTrue(
        enrolment.backupCodes().stream().allMatch(c -> c.matches("[A-Za-z0-9]{5}-[A-Za-z0-9]{5}")));
    assertFalse(users.findById(ada.id()).orElseThrow().twoFactorEnabled(), "not before a code");
    assertFalse(signInOutcome(null).isChallenged(), "sign-in is not challenged before a code");

    SignedIn after =
        twoFactor.confirm(
            new ConfirmTotpUseCase.Command(
                before.sessionToken(), code(enrolment.totpUri()), from(HOME)));

    assertTrue(after.user().twoFactorEnabled());
    assertTrue(users.findById(ada.id()).orElseThrow().twoFactorEnabled());
    assertNotEquals(before.sessionToken(), after.sessionToken());
    assertTrue(sessionService.current(before.sessionToken()).isEmpty(), "the old session ended");
    assertTrue(sessionService.current(after.sessionToken()).isPresent());
    assertTrue(audit.events().contains(Event.TWO_FACTOR_ENABLED));
    assertEquals(1, mailer.of("security:TWO_FACTOR_ENABLED").size());
  }

  @Test
  void aWrongCodeConfirmsNothing() {
    SignedIn session = sessionOf(ada, HOME);
    twoFactor.enable(
        new EnableTwoFactorUseCase.Command(session.sessionToken(), PASSWORD, null, from(HOME)));

    assertThrows(
        IdentityFailure.InvalidCode.class,
        () ->
            twoFactor.confirm(
                new ConfirmTotpUseCase.Command(session.sessionToken(), "000000", from(HOME))));
    assertFalse(users.findById(ada.id()).orElseThrow().twoFactorEnabled());
  }

  @Test
  void aSecondEnableKeepsTheConfirmedSecretUntilItsOwnCodeConfirmsIt() {
    Enrolled first = enrol();
    twoFactor.enable(
        new EnableTwoFactorUseCase.Command(
            first.session().sessionToken(), PASSWORD, null, from(HOME)));
    clock.advance(Duration.ofSeconds(30));

    SignInOutcome challenged = signInOutcome(null);
    assertTrue(challenged.isChallenged(), "still on");
    assertTrue(answer(challenged, Method.TOTP, code(first.uri()), false).signedIn().hasSession());
    clock.advance(Duration.ofSeconds(30));
    assertTrue(
        answer(signInOutcome(null), Method.BACKUP_CODE, first.backupCodes().get(0), false)
            .signedIn()
            .hasSession(),
        "the confirmed backup codes still work");
  }

  @Test
  void aSignInIsChallengedAndTheCodeOpensOneSessionOnce() {
    Enrolled enrolled = enrol();
    int sessionsBefore = sessions.listLive(ada.id(), clock.instant()).size();
    clock.advance(Duration.ofSeconds(30));

    SignInOutcome challenged = signInOutcome(null);

    assertTrue(challenged.isChallenged());
    assertEquals(List.of("totp", "otp"), challenged.challenge().methods());
    assertEquals(
        sessionsBefore,
        sessions.listLive(ada.id(), clock.instant()).size(),
        "no session before the second factor");
    String code = code(enrolled.uri());
    SignInOutcome opened = answer(challenged, Method.TOTP, code, false);
    assertTrue(opened.signedIn().hasSession());
    assertThrows(
        IdentityFailure.NoChallenge.class,
        () -> answer(challenged, Method.TOTP, code, false),
        "the challenge is spent");
    SignInOutcome again = signInOutcome(null);
    assertThrows(
        IdentityFailure.InvalidCode.class,
        () -> answer(again, Method.TOTP, code, false),
        "a code is accepted once");
  }

  @Test
  void theConfirmingCodeCannotBeUsedAgainToSignIn() {
    Enrolled enrolled = enrol();
    String used = code(enrolled.uri());

    assertThrows(
        IdentityFailure.InvalidCode.class,
        () -> answer(signInOutcome(null), Method.TOTP, used, false));
  }

  @Test
  void fiveWrongCodesEndTheChallenge() {
    enrol();
    SignInOutcome challenged = signInOutcome(null);
    for (int i = 1; i < ChallengeService.ATTEMPTS; i++) {
      assertThrows(
          IdentityFailure.InvalidCode.class, () -> wrongCodeFrom(challenged, newAddress()));
    }
    assertThrows(
        IdentityFailure.ChallengeExhausted.class, () -> wrongCodeFrom(challenged, newAddress()));
    assertThrows(IdentityFailure.NoChallenge.class, () -> wrongCodeFrom(challenged, newAddress()));
  }

  private int addresses;

  /** An address with no failures yet, so that only the challenge's own limit applies. */
  private String newAddress() {
    return "203.0.113." + (++addresses);
  }

  private void wrongCodeFrom(SignInOutcome challenged, String address) {
    answers.answer(
        new AnswerChallengeUseCase.Command(
            challenged.challenge().token(), Method.TOTP, "000000", false, from(address)));
  }

  @Test
  void aBackupCodeWorksOnceAndIsAuditedAndMailed() {
    Enrolled enrolled = enrol();
    String backup = enrolled.backupCodes().get(3);

    assertTrue(
        answer(signInOutcome(null), Method.BACKUP_CODE, " " + backup + " ", false)
            .signedIn()
            .hasSession());
    assertThrows(
        IdentityFailure.InvalidBackupCode.class,
        () -> answer(signInOutcome(null), Method.BACKUP_CODE, backup, false));
    assertTrue(audit.events().contains(Event.BACKUP_CODE_USED));
    assertEquals(1, mailer.of("security:BACKUP_CODE_USED").size());
  }

  @Test
  void newBackupCodesReplaceTheOldOnes() {
    Enrolled enrolled = enrol();
    List<String> fresh =
        changes.generate(
            new PasswordConfirmedCommand(enrolled.session().sessionToken(), PASSWORD, from(HOME)));

    assertThrows(
        IdentityFailure.InvalidBackupCode.class,
        () ->
            answer(signInOutcome(null), Method.BACKUP_CODE, enrolled.backupCodes().get(0), false));
    assertTrue(
        answer(signInOutcome(null), Method.BACKUP_CODE, fresh.get(0), false)
            .signedIn()
            .hasSession());
    assertEquals(1, mailer.of("security:BACKUP_CODES_GENERATED").size());
  }

  @Test
  void aTrustedDeviceSkipsTheChallengeWithATokenThatChangesAtEachUse() {
    Enrolled enrolled = enrol();
    clock.advance(Duration.ofSeconds(30));
    String token =
        answer(signInOutcome(null), Method.TOTP, code(enrolled.uri()), true).trustedDevice();
    assertNotNull(token);

    SignInOutcome trusted = signInOutcome(token);
    assertFalse(trusted.isChallenged());
    assertNotNull(trusted.trustedDevice());
    assertNotEquals(token, trusted.trustedDevice());
    assertTrue(signInOutcome(token).isChallenged(), "a used token is worth nothing");
    assertFalse(signInOutcome(trusted.trustedDevice()).isChallenged());
  }

  @Test
  void signingOutEverywhereElseForgetsTrustedDevices() {
    Enrolled enrolled = enrol();
    clock.advance(Duration.ofSeconds(30));
    String token =
        answer(signInOutcome(null), Method.TOTP, code(enrolled.uri()), true).trustedDevice();

    sessionService.revokeOthers(enrolled.session().sessionToken());

    assertTrue(signInOutcome(token).isChallenged());
  }

  @Test
  void disablingForgetsEverythingAndReplacesTheSession() {
    Enrolled enrolled = enrol();
    SignedIn after =
        changes.disable(
            new PasswordConfirmedCommand(enrolled.session().sessionToken(), PASSWORD, from(HOME)));

    assertFalse(after.user().twoFactorEnabled());
    assertFalse(users.findById(ada.id()).orElseThrow().twoFactorEnabled());
    assertTrue(sessionService.current(enrolled.session().sessionToken()).isEmpty());
    assertFalse(signInOutcome(null).isChallenged());
    assertEquals(1, mailer.of("security:TWO_FACTOR_DISABLED").size());
  }

  @Test
  void aCodeOnTheSessionConfirmsAChangeWithoutThePasswordAndWithoutANewSession() {
    Enrolled enrolled = enrol();
    String session = enrolled.session().sessionToken();
    PasswordConfirmedCommand noPassword = new PasswordConfirmedCommand(session, null, from(HOME));
    assertEquals(10, changes.generate(noPassword).size(), "the enrolment's code proved one");
    clock.advance(accountSettings.freshAge());
    assertThrows(IdentityFailure.InvalidInput.class, () -> changes.generate(noPassword));

    SignedIn steppedUp =
        twoFactor.confirm(
            new ConfirmTotpUseCase.Command(session, code(enrolled.uri()), from(HOME)));

    assertEquals(session, steppedUp.sessionToken(), "the same session");
    assertEquals(10, changes.generate(noPassword).size());
    clock.advance(accountSettings.freshAge());
    assertThrows(
        IdentityFailure.InvalidInput.class, () -> changes.generate(noPassword), "a step-up fades");
  }

  @Test
  void aWrongPasswordChangesNothing() {
    Enrolled enrolled = enrol();
    assertThrows(
        IdentityFailure.WrongPassword.class,
        () ->
            changes.disable(
                new PasswordConfirmedCommand(
                    enrolled.session().sessionToken(), "wrong", from(HOME))));
    assertTrue(users.findById(ada.id()).orElseThrow().twoFactorEnabled());
  }

  @Test
  void aMailedCodeWorksOnceAndExpires() {
    enrol();
    SignInOutcome challenged = signInOutcome(null);
    answers.send(challenged.challenge().token(), from(HOME));
    String mailed = mailer.of("sign-in-code").get(0).token();
    assertTrue(mailed.matches("\\d{6}"));

    clock.advance(MailedCodes.LIFETIME.plusSeconds(1));
    assertThrows(
        IdentityFailure.CodeExpired.class,
        () -> answer(challenged, Method.MAILED_CODE, mailed, false));

    answers.send(challenged.challenge().token(), from(HOME));
    String second = mailer.of("sign-in-code").get(1).token();
    assertTrue(answer(challenged, Method.MAILED_CODE, second, false).signedIn().hasSession());
  }

  @Test
  void wrongCodesFromOneAddressDoNotLockTheOwnerOutElsewhere() {
    Enrolled enrolled = enrol();
    String attacker = "198.51.100.66";
    for (int round = 0; round < 3; round++) {
      SignInOutcome challenged =
          signIn.signIn(
              new SignInUseCase.Command("ada@example.com", PASSWORD, null, from(attacker)));
      assertThrows(
          IdentityFailure.class,
          () ->
              answers.answer(
                  new AnswerChallengeUseCase.Command(
                      challenged.challenge().token(),
                      Method.TOTP,
                      "000000",
                      false,
                      from(attacker))));
    }
    SignInOutcome blocked =
        signIn.signIn(new SignInUseCase.Command("ada@example.com", PASSWORD, null, from(attacker)));
    assertThrows(
        IdentityFailure.Throttled.class,
        () ->
            answers.answer(
                new AnswerChallengeUseCase.Command(
                    blocked.challenge().token(), Method.TOTP, "000000", false, from(attacker))));

    clock.advance(Duration.ofSeconds(30));
    assertTrue(
        answer(signInOutcome(null), Method.TOTP, code(enrolled.uri()), false)
            .signedIn()
            .hasSession());
  }

  @Test
  void wrongCodesFromManyAddressesHoldCodesBackButNotBackupCodes() {
    Enrolled enrolled = enrol();
    for (int i = 0; i < SecondFactorThrottle.CODE_GUESS_LIMIT.attempts(); i++) {
      SignInOutcome challenged = signInOutcome(null);
      assertThrows(IdentityFailure.class, () -> wrongCodeFrom(challenged, newAddress()));
    }
    SignInOutcome next = signInOutcome(null);
    assertThrows(IdentityFailure.Throttled.class, () -> wrongCodeFrom(next, newAddress()));
    clock.advance(Duration.ofSeconds(30));
    assertThrows(
        IdentityFailure.Throttled.class,
        () ->
            answers.answer(
                new AnswerChallengeUseCase.Command(
                    next.challenge().token(),
                    Method.TOTP,
                    code(enrolled.uri()),
                    false,
                    from(newAddress()))),
        "even the right code waits");
    assertTrue(
        answer(signInOutcome(null), Method.BACKUP_CODE, enrolled.backupCodes().get(0), false)
            .signedIn()
            .hasSession(),
        "a backup code still gets the owner in");
  }

  @Test
  void reEncryptionResealsEverySecretSoCodesStillWork() {
    Enrolled enrolled = enrol();
    assertEquals(1, factors.resealAll());
    clock.advance(Duration.ofSeconds(30));
    assertTrue(
        answer(signInOutcome(null), Method.TOTP, code(enrolled.uri()), false)
            .signedIn()
            .hasSession());
  }
}
