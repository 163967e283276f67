package io.taskguard.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.taskguard.domain.user.IdentityFailure.InvalidInput.Rule;
import org.junit.jupiter.api.Test;

class ProfileRulesTest {

  @Test
  void aNameIsStoredStrippedAndMayBeEmpty() {
    assertEquals("Ada", ProfileRules.name("  Ada \n"));
    assertEquals("", ProfileRules.name("   "));
  }

  @Test
  void aNameUpToTheLimitIsKeptAndOneLongerIsRefused() {
    String longest = "a".repeat(ProfileRules.MAX_NAME);
    assertEquals(longest, ProfileRules.name(longest));
    assertRefused(Rule.NAME_TOO_LONG, () -> ProfileRules.name(longest + "a"));
  }

  @Test
  void aNameMustBeStorableAndFreeOfBidiControls() {
    assertRefused(Rule.NAME_OR_IMAGE_NOT_STORABLE, () -> ProfileRules.name("Ada\u0000"));
    assertRefused(Rule.NAME_HAS_BIDI_CONTROLS, () -> ProfileRules.name("Ada\u202E"));
    assertEquals("\u05D0\u200F", ProfileRules.name("\u05D0\u200F"));
  }

  @Test
  void aNameThatIsThereMustShow() {
    assertRefused(Rule.NAME_INVISIBLE, () -> ProfileRules.name("\u200B\u200D"));
    assertRefused(Rule.NAME_INVISIBLE, () -> ProfileRules.name(" \u3164 "));
    assertEquals("", ProfileRules.name("  "));
    assertEquals("A\u200Bda", ProfileRules.name("A\u200Bda"));
  }

  @Test
  void noImageStaysNone() {
    assertNull(ProfileRules.image(null));
  }

  @Test
  void anImageUpToTheLimitIsKeptAndOneLongerIsRefused() {
    String longest = "https://example.com/" + "a".repeat(ProfileRules.MAX_IMAGE - 20);
    assertEquals(longest, ProfileRules.image(longest));
    assertRefused(Rule.IMAGE_TOO_LONG, () -> ProfileRules.image(longest + "a"));
  }

  @Test
  void anImageMustBeStorable() {
    assertRefused(Rule.NAME_OR_IMAGE_NOT_STORABLE, () -> ProfileRules.image("https://x/\uD800"));
  }

  private static void assertRefused(Rule rule, Runnable check) {
    var refused = assertThrows(IdentityFailure.InvalidInput.class, check::run);
    assertEquals(rule, refused.rule());
  }
}
