package io.taskguard.domain.user;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.domain.DomainException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private static final PasswordPolicy POLICY = PasswordPolicy.standard();
  private static final Email EMAIL = new Email("ada.lovelace@example.com");
  private static final String EMOJI = "\uD83D\uDD11"; // 🔑, one code point, two chars

  @Test
  void refusesSevenCharactersAndAcceptsEight() {
    assertRefused("PASSWORD_TOO_SHORT", "Password too short", "kT7#qv9");
    assertAccepted("kT7#qv9L");
  }

  @ParameterizedTest
  @NullAndEmptySource
  void refusesNoPasswordAsTooShort(String password) {
    assertRefused("PASSWORD_TOO_SHORT", "Password too short", password);
  }

  @Test
  void accepts128CharactersAndRefuses129() {
    String longest = distinctive(128);

    assertAccepted(longest);
    assertRefused("PASSWORD_TOO_LONG", "Password too long", longest + "x");
  }

  @Test
  void countsCodePointsNotChars() {
    assertEquals(14, EMOJI.repeat(7).length());
    assertRefused("PASSWORD_TOO_SHORT", "Password too short", EMOJI.repeat(7));
    assertAccepted(EMOJI.repeat(8));

    assertEquals(256, EMOJI.repeat(128).length());
    assertAccepted(EMOJI.repeat(128));
    assertRefused("PASSWORD_TOO_LONG", "Password too long", EMOJI.repeat(129));
  }

  @Test
  void acceptsAnyCharactersWithoutCompositionRules() {
    assertAccepted("correct horse battery staple");
    assertAccepted("пароль-для-задач");
    assertAccepted("alllowercaseletters");
    assertAccepted("        x       ");
  }

  @Test
  void comparesTheWholePasswordWithNoTruncation() {
    String refused = distinctive(127) + "A";
    String other = distinctive(127) + "B";
    assertEquals(128, refused.length());
    assertNotEquals(refused, other);
    PasswordPolicy policy = PasswordPolicy.withCommonPasswords(Set.of(refused));

    assertRefused(policy, "PASSWORD_TOO_COMMON", refused, EMAIL);
    assertDoesNotThrow(() -> policy.check(other, EMAIL));
  }

  @Test
  void neverTruncatesAnOverlongPasswordToAnAcceptedOne() {
    String accepted = distinctive(128);
    String longer = accepted + "z";
    String longerStill = accepted + "zz";

    assertAccepted(accepted);
    assertRefused("PASSWORD_TOO_LONG", "Password too long", longer);
    assertRefused("PASSWORD_TOO_LONG", "Password too long", longerStill);
  }

  @ParameterizedTest
  @ValueSource(strings = {"password1", "qwertyuiop", "PASSWORD1", "QwErTyUiOp", "Password1"})
  void refusesCommonPasswordsWhateverTheirCase(String password) {
    assertRefused(
        "PASSWORD_TOO_COMMON", "Password is too common. Choose a less guessable one.", password);
  }

  @Test
  void refusesCommonPasswordsWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      // In Turkish, "QWERTYUIOP".toLowerCase() has a dotless ı and would slip past the list.
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertRefused(
          "PASSWORD_TOO_COMMON",
          "Password is too common. Choose a less guessable one.",
          "QWERTYUIOP");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void refusesAPasswordEqualToTheEmailWhateverItsCase() {
    String message = "Password must not be the same as the email";

    assertRefused("PASSWORD_EQUALS_EMAIL", message, "ada.lovelace@example.com");
    assertRefused("PASSWORD_EQUALS_EMAIL", message, "Ada.Lovelace@EXAMPLE.com");
    assertRefused("PASSWORD_EQUALS_EMAIL", message, "  ada.lovelace@example.com ");
    assertAccepted("ada.lovelace@example.com!");
    assertAccepted("ada.lovelace@example.org");
  }

  @Test
  void skipsTheEmailRuleWhenThereIsNoEmail() {
    assertDoesNotThrow(() -> POLICY.check("ada.lovelace@example.com", null));
  }

  @Test
  void theShippedListHasExactly10000Entries() throws IOException {
    List<String> lines = shippedList();

    assertEquals(10_000, lines.size());
    assertEquals(10_000, new HashSet<>(lines).size(), "entries are distinct");
    assertEquals(10_000, POLICY.commonPasswordCount());
  }

  @Test
  void refusesEveryEntryOfTheShippedList() throws IOException {
    int refusedAsCommon = 0;
    for (String entry : shippedList()) {
      DomainException.WeakPassword error =
          assertThrows(DomainException.WeakPassword.class, () -> POLICY.check(entry, EMAIL));
      if (entry.length() < PasswordPolicy.MIN_LENGTH) {
        assertEquals("PASSWORD_TOO_SHORT", error.code(), entry);
      } else {
        assertEquals("PASSWORD_TOO_COMMON", error.code(), entry);
        assertRefused("PASSWORD_TOO_COMMON", entry.toUpperCase(Locale.ROOT));
        refusedAsCommon++;
      }
    }
    assertTrue(refusedAsCommon > 3000, "entries long enough to reach the list: " + refusedAsCommon);
  }

  @Test
  void aCustomListIsComparedCaseInsensitivelyAndCopied() {
    Set<String> list = new HashSet<>(Set.of("HunterTwo2"));
    PasswordPolicy policy = PasswordPolicy.withCommonPasswords(list);
    list.add("addedlater");

    assertRefused(policy, "PASSWORD_TOO_COMMON", "huntertwo2", EMAIL);
    assertRefused(policy, "PASSWORD_TOO_COMMON", "HUNTERTWO2", EMAIL);
    assertDoesNotThrow(() -> policy.check("addedlater", EMAIL));
    assertDoesNotThrow(() -> policy.check("password1", EMAIL));
    assertEquals(1, policy.commonPasswordCount());
  }

  @Test
  void theLimitsAreThoseOfAsvs() {
    assertEquals(8, PasswordPolicy.MIN_LENGTH);
    assertEquals(128, PasswordPolicy.MAX_LENGTH);
  }

  /** A password of {@code length} ASCII characters that is on no list. */
  private static String distinctive(int length) {
    StringBuilder password = new StringBuilder();
    String alphabet = "Zq7!mK2#vR9$xL4%";
    for (int i = 0; i < length; i++) {
      password.append(alphabet.charAt((i * 7) % alphabet.length()));
    }
    return password.toString();
  }

  private static List<String> shippedList() throws IOException {
    List<String> lines = new ArrayList<>();
    try (InputStream in =
        PasswordPolicy.class.getResourceAsStream(
            "/io/taskguard/domain/user/common-passwords.txt")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
    }
    return lines;
  }

  private static void assertAccepted(String password) {
    assertDoesNotThrow(() -> POLICY.check(password, EMAIL), password);
  }

  private static void assertRefused(String code, String password) {
    assertRefused(POLICY, code, password, EMAIL);
  }

  private static void assertRefused(String code, String message, String password) {
    DomainException.WeakPassword error = assertRefused(POLICY, code, password, EMAIL);
    assertEquals(message, error.getMessage());
  }

  private static DomainException.WeakPassword assertRefused(
      PasswordPolicy policy, String code, String password, Email email) {
    DomainException.WeakPassword error =
        assertThrows(DomainException.WeakPassword.class, () -> policy.check(password, email));
    assertEquals(code, error.code(), password);
    return error;
  }
}
