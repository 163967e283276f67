package io.taskguard.domain.user;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.domain.user.IdentityFailure.WeakPassword.Rule;
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
    assertRefused(Rule.TOO_SHORT, "kT7#qv9");
    assertAccepted("kT7#qv9L");
  }

  @ParameterizedTest
  @NullAndEmptySource
  void refusesNoPasswordAsTooShort(String password) {
    assertRefused(Rule.TOO_SHORT, password);
  }

  @Test
  void accepts128CharactersAndRefuses129() {
    String longest = distinctive(128);

    assertAccepted(longest);
    assertRefused(Rule.TOO_LONG, longest + "x");
  }

  @Test
  void countsCodePointsNotChars() {
    assertEquals(14, EMOJI.repeat(7).length());
    assertRefused(Rule.TOO_SHORT, EMOJI.repeat(7));
    assertAccepted(EMOJI.repeat(8));

    assertEquals(256, EMOJI.repeat(128).length());
    assertAccepted(EMOJI.repeat(128));
    assertRefused(Rule.TOO_LONG, EMOJI.repeat(129));
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

    assertRefused(policy, Rule.TOO_COMMON, refused, EMAIL);
    assertDoesNotThrow(() -> policy.check(other, EMAIL));
  }

  @Test
  void neverTruncatesAnOverlongPasswordToAnAcceptedOne() {
    String accepted = distinctive(128);
    String longer = accepted + "z";
    String longerStill = accepted + "zz";

    assertAccepted(accepted);
    assertRefused(Rule.TOO_LONG, longer);
    assertRefused(Rule.TOO_LONG, longerStill);
  }

  @ParameterizedTest
  @ValueSource(strings = {"password1", "qwertyuiop", "PASSWORD1", "QwErTyUiOp", "Password1"})
  void refusesCommonPasswordsWhateverTheirCase(String password) {
    assertRefused(Rule.TOO_COMMON, password);
  }

  @Test
  void refusesCommonPasswordsWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      // In Turkish, "QWERTYUIOP".toLowerCase() has a dotless ı and would slip past the list.
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertRefused(Rule.TOO_COMMON, "QWERTYUIOP");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void refusesAPasswordEqualToTheEmailWhateverItsCase() {
    assertRefused(Rule.EQUALS_EMAIL, "ada.lovelace@example.com");
    assertRefused(Rule.EQUALS_EMAIL, "Ada.Lovelace@EXAMPLE.com");
    assertRefused(Rule.EQUALS_EMAIL, "  ada.lovelace@example.com ");
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
      IdentityFailure.WeakPassword error =
          assertThrows(IdentityFailure.WeakPassword.class, () -> POLICY.check(entry, EMAIL));
      if (entry.length() < PasswordPolicy.MIN_LENGTH) {
        assertEquals(Rule.TOO_SHORT, error.rule(), entry);
      } else {
        assertEquals(Rule.TOO_COMMON, error.rule(), entry);
        assertRefused(Rule.TOO_COMMON, entry.toUpperCase(Locale.ROOT));
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

    assertRefused(policy, Rule.TOO_COMMON, "huntertwo2", EMAIL);
    assertRefused(policy, Rule.TOO_COMMON, "HUNTERTWO2", EMAIL);
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

  private static void assertRefused(Rule rule, String password) {
    assertRefused(POLICY, rule, password, EMAIL);
  }

  private static IdentityFailure.WeakPassword assertRefused(
      PasswordPolicy policy, Rule rule, String password, Email email) {
    IdentityFailure.WeakPassword error =
        assertThrows(IdentityFailure.WeakPassword.class, () -> policy.check(password, email));
    assertEquals(rule, error.rule(), password);
    return error;
  }
}
