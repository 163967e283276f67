package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.in.PasswordCheckUseCase.Verdict;
import io.taskguard.application.port.in.RegisterUserUseCase;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.IdentityFailure.WeakPassword.Rule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The password rules: the domain's policy, then the estimator's score with the account's words. */
class PasswordCheckTest extends IdentityFixture {

  @Test
  void aPasswordTheEstimatorGuessesSoonIsRefusedAtSignUpAndNothingIsStored() {
    IdentityFailure.WeakPassword weak =
        assertThrows(
            IdentityFailure.WeakPassword.class,
            () ->
                registration.register(
                    new RegisterUserUseCase.Command(
                        "ada@example.com", "a guessable phrase", "Ada", null, from("192.0.2.1"))));

    assertEquals(Rule.TOO_GUESSABLE, weak.rule());
    assertTrue(users.findByEmail(new Email("ada@example.com")).isEmpty());
    assertEquals(List.of(), audit.entries(), "refused before anything is counted or recorded");
  }

  @Test
  void theEstimatorIsGivenTheEmailItsLocalPartAndTheNamesWords() {
    passwordCheck.require(PASSWORD, new Email("ada.byron@example.com"), " Ada  Lovelace ");

    assertEquals(
        List.of("ada.byron@example.com", "ada.byron", "Ada  Lovelace", "Ada", "Lovelace"),
        strength.lastAccountWords());
  }

  @Test
  void theVerdictNamesTheFirstRuleBrokenAndTheScore() {
    assertEquals(
        new Verdict(Optional.of(Rule.TOO_SHORT), 4, 2, "", List.of()),
        passwordCheck.check("short", null, null));
    assertEquals(
        Optional.of(Rule.TOO_COMMON), passwordCheck.check("password123", null, null).refusedBy());
    assertEquals(
        Optional.of(Rule.EQUALS_EMAIL),
        passwordCheck.check("ada@example.com", "ada@example.com", null).refusedBy());
    Verdict guessable = passwordCheck.check("a guessable phrase", "not an email", null);
    assertEquals(Optional.of(Rule.TOO_GUESSABLE), guessable.refusedBy());
    assertEquals(1, guessable.score());
    assertEquals("Easy to guess", guessable.warning());
    assertTrue(passwordCheck.check(PASSWORD, "ada@example.com", "Ada").acceptable());
    assertEquals(0, passwordCheck.check("", null, null).score());
  }
}
