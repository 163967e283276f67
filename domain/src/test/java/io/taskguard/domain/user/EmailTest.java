package io.taskguard.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

  @Test
  void trimsAndLowerCases() {
    assertEquals("ada.lovelace@example.com", new Email("  Ada.Lovelace@Example.COM \t\n").value());
  }

  @Test
  void equalWhateverTheCaseOrSurroundingSpaceItWasGivenIn() {
    assertEquals(new Email("ada@example.com"), new Email(" ADA@EXAMPLE.COM "));
  }

  @Test
  void showsItsValue() {
    assertEquals("ada@example.com", new Email("Ada@Example.com").toString());
  }

  @Test
  void lowerCasesTheSameWayWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      // In Turkish, "I".toLowerCase() is a dotless ı, which would make the address unmatchable.
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals("info@italia.it", new Email("INFO@ITALIA.IT").value());
    } finally {
      Locale.setDefault(before);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a@b.co",
        "ada+tasks@example.com",
        "first.last@sub.example.co.uk",
        "o'brien@example.ie",
        "x_y-z@my-host.example",
        "12345@123.example",
        "!#$%&'*+/=?^_`{|}~-@example.com",
        "ada@xn--bcher-kva.de"
      })
  void acceptsDeliverableShapes(String address) {
    assertEquals(address.toLowerCase(Locale.ROOT), new Email(address).value());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "plainaddress",
        "@example.com",
        "ada@",
        "ada@@example.com",
        "ada@exa@mple.com",
        "ada lovelace@example.com",
        "ada@exa mple.com",
        "ada@localhost",
        "ada@example.",
        "ada@.example.com",
        "ada@-example.com",
        "ada@example-.com",
        "ada@example_domain.com",
        "ada..lovelace@example.com",
        "ada@example..com",
        "\"ada\"@example.com",
        "ada@[127.0.0.1]"
      })
  void refusesMalformedAddresses(String address) {
    assertInvalid(address);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ünïcode@example.com",
        "ada@bücher.de",
        "用户@例子.广告",
        "пользователь@пример.рф",
        "ada\u200b@example.com",
        "ada@example.com\u0000"
      })
  void refusesNonAsciiAddressesSoInternationalDomainsMustComeInPunycode(String address) {
    assertInvalid(address);
  }

  @Test
  void acceptsTheLongestAddressOf254Characters() {
    String address = localPart(64) + "@" + domainOf(189);
    assertEquals(254, address.length());

    assertEquals(address, new Email(address).value());
  }

  @Test
  void refusesAnAddressOf255Characters() {
    String address = localPart(64) + "@" + domainOf(190);
    assertEquals(255, address.length());

    assertInvalid(address);
  }

  @Test
  void countsTheLimitAfterTrimming() {
    String address = localPart(64) + "@" + domainOf(189);

    assertEquals(address, new Email("   " + address + "   ").value());
  }

  @Test
  void refusesALocalPartOver64Characters() {
    assertEquals(
        "a".repeat(64) + "@example.com", new Email("a".repeat(64) + "@example.com").value());
    assertInvalid("a".repeat(65) + "@example.com");
  }

  @Test
  void refusesADomainLabelOver63Characters() {
    assertEquals(
        "ada@" + "b".repeat(63) + ".com", new Email("ada@" + "b".repeat(63) + ".com").value());
    assertInvalid("ada@" + "b".repeat(64) + ".com");
  }

  private static void assertInvalid(String address) {
    IdentityFailure.InvalidInput error =
        assertThrows(IdentityFailure.InvalidInput.class, () -> new Email(address), address);
    assertEquals(IdentityFailure.InvalidInput.Rule.EMAIL_MALFORMED, error.rule());
  }

  private static String localPart(int length) {
    return "l".repeat(length);
  }

  /** A domain of exactly {@code length} characters (132 to 195), in labels of at most 63. */
  private static String domainOf(int length) {
    return "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(length - 132) + ".com";
  }
}
