package io.taskguard.systemtest.auth;

import static io.taskguard.testsupport.AuthAssertions.assertAuthError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The password and email rules of sign-up (spec FR-002, D-10): each refusal is a 400 with the
 * rule's code and writes nothing; the limits themselves (8 and 128 code points) are accepted.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class AuthSignUpRulesIT {

  final AuthApi auth = new AuthApi();
  final AuthTables db = new AuthTables();

  /**
   * A password of {@code codePoints} code points, neither common nor easy to guess: a fixed start
   * that scores 2 of 4 by itself (random hex alone can spell words or runs, "deadbeef"), then hex
   * unique to this call.
   */
  static String passwordOf(int codePoints) {
    String seed = UUID.randomUUID().toString().replace("-", "");
    StringBuilder password = new StringBuilder("Q7#vK2!m");
    while (password.length() < codePoints) {
      password.append(seed);
    }
    return password.substring(0, codePoints);
  }

  static Stream<Arguments> refusedPasswords() {
    return Stream.of(
        Arguments.of("empty", "", "PASSWORD_TOO_SHORT", "Password too short"),
        Arguments.of("7 characters", passwordOf(7), "PASSWORD_TOO_SHORT", "Password too short"),
        // 4 code points in 8 UTF-16 chars: length is counted in code points
        Arguments.of(
            "4 emoji", "\uD83D\uDE00".repeat(4), "PASSWORD_TOO_SHORT", "Password too short"),
        Arguments.of("129 characters", passwordOf(129), "PASSWORD_TOO_LONG", "Password too long"),
        Arguments.of("common", "password123", "PASSWORD_TOO_COMMON", null),
        Arguments.of("common in another case", "SunShine1", "PASSWORD_TOO_COMMON", null),
        Arguments.of(
            "easy to guess (a run and a repeat)",
            "aaaaaaab",
            "PASSWORD_TOO_WEAK",
            "Password is too easy to guess. Add words or characters that follow no pattern."),
        Arguments.of(
            "the email",
            "EMAIL",
            "PASSWORD_EQUALS_EMAIL",
            "Password must not be the same as the email"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedPasswords")
  void aPasswordBreakingARuleIsRefusedWithItsCode(
      String what, String password, String code, String message) {
    String email = AuthApi.newEmail("rules");
    String sent = password.equals("EMAIL") ? email.toUpperCase() : password;

    HttpResult answer = auth.signUp(email, sent, "Rules", AuthApi.newAddress());

    if (message == null) {
      assertAuthError(answer, 400, code);
    } else {
      assertAuthError(answer, 400, message, code);
    }
    assertEquals(0, db.usersWithEmail(email), "nothing is written");
  }

  @ParameterizedTest(name = "{0} code points")
  @ValueSource(ints = {8, 128})
  void passwordsAtTheLimitsAreAcceptedWhole(int length) {
    String email = AuthApi.newEmail("limits");
    String password = passwordOf(length - 1) + "\u00e9";

    HttpResult signedUp = auth.signUp(email, password, "Limits", AuthApi.newAddress());
    assertEquals(200, signedUp.status(), signedUp::toString);

    String address = AuthApi.newAddress();
    assertEquals(200, auth.signIn(email, password, address).status());
    HttpResult truncated = auth.signIn(email, password.substring(0, length - 1), address);
    assertAuthError(truncated, 401, "Invalid email or password", "INVALID_EMAIL_OR_PASSWORD");
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "plainaddress",
        "@example.test",
        "ann@",
        "ann@example",
        "ann..b@example.test",
        "ann@example..test",
        "ann@-example.test",
        "ann b@example.test",
        "ann@exa mple.test",
        "\u00e4nn@example.test",
        "ann@@example.test",
        "   ",
        "LOCAL65"
      })
  void anInvalidEmailIsRefused(String email) {
    String sent = email.equals("LOCAL65") ? "a".repeat(65) + "@example.test" : email;
    HttpResult answer = auth.signUp(sent, AuthApi.newPassword(), "Bad Email", AuthApi.newAddress());

    assertAuthError(answer, 400, "Invalid email", "INVALID_EMAIL");
    assertEquals(0, db.usersWithEmail(sent.strip()));
  }

  @ParameterizedTest(name = "{0} characters")
  @ValueSource(ints = {254, 255})
  void emailsAreLimitedTo254Characters(int length) {
    String label = "d".repeat(50);
    String domain = "@" + String.join(".", label, label, label, label) + ".test";
    String local = UUID.randomUUID().toString().replace("-", "");
    String email = (local + "x".repeat(64)).substring(0, length - domain.length()) + domain;
    assertEquals(length, email.length());

    HttpResult answer = auth.signUp(email, AuthApi.newPassword(), "Long", AuthApi.newAddress());

    if (length <= 254) {
      assertEquals(200, answer.status(), answer::toString);
      assertEquals(1, db.usersWithEmail(email));
    } else {
      assertAuthError(answer, 400, "Invalid email", "INVALID_EMAIL");
      assertEquals(0, db.usersWithEmail(email));
    }
  }
}
