package io.taskguard.domain.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextPolicyTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "plain", "שלום \u200F עולם", "emoji \uD83D\uDE00", "a\u061Cb"})
  void plainTextIsAccepted(String text) {
    assertTrue(TextPolicy.isStorable(text));
    assertTrue(TextPolicy.isPlainLabel(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "\uD800", "x\uDC00", "\uDE00\uD83D", "end\uD83D"})
  void nulAndUnpairedSurrogatesAreNotStorable(String text) {
    assertFalse(TextPolicy.isStorable(text));
    assertFalse(TextPolicy.isPlainLabel(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"\u202Aa", "\u202Bb", "c\u202C", "\u202Dd", "gnp.\u202Eexe", "\u2066i", "\u2069"})
  void bidiControlsAreStorableButNoPlainLabel(String text) {
    assertTrue(TextPolicy.isStorable(text));
    assertFalse(TextPolicy.isPlainLabel(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " \t\n",
        "\u200B",
        "\u200B\u200C\u200D\u2060",
        "\uFEFF",
        "\u00AD\u00AD",
        "\u3164",
        "\u115F\u1160",
        "\uFFA0",
        "\u2800",
        "\u0301\u0308",
        "\u200E\u200F",
        "\u0007\u001B",
        "\u00A0\u2003\u3000"
      })
  void textWithNothingToSeeHasNoVisibleCharacter(String text) {
    assertFalse(TextPolicy.hasVisibleCharacter(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "\u200Ba\u200B",
        "e\u0301",
        "\u05D0",
        "\u4E2D",
        "\uD83D\uDE00",
        "\u2764",
        ".",
        "0"
      })
  void textWithOneCharacterToSeeHasAVisibleCharacter(String text) {
    assertTrue(TextPolicy.hasVisibleCharacter(text));
  }
}
