package io.taskguard.domain.policy;

/**
 * What text taskguard accepts from people, checked where requests come in. Stored text must be
 * storable exactly: no U+0000 (PostgreSQL refuses it) and no unpaired UTF-16 surrogate (which
 * encodes to {@code ?}, so two different inputs would be stored, or hashed, as one). Labels shown
 * on one line (a task's title, a person's name) also carry no explicit bidirectional formatting
 * characters (U+202A to U+202E, U+2066 to U+2069): an override makes text display as something
 * other than what it is ("Trojan Source"); the directional marks U+200E, U+200F and U+061C, which
 * right-to-left scripts need, stay allowed. And a label must show something: text made only of
 * white space, control and format characters (zero-width spaces and joiners, the byte order mark,
 * soft hyphens), combining marks with nothing to combine with, or the characters that are drawn as
 * blanks (Hangul fillers, the blank Braille pattern) would be stored as a label nobody can see.
 */
public final class TextPolicy {

  private TextPolicy() {}

  /** No U+0000 and no unpaired surrogate. */
  public static boolean isStorable(String text) {
    return text.codePoints().noneMatch(c -> c == 0 || (c >= 0xD800 && c <= 0xDFFF));
  }

  /** Storable, and without explicit bidirectional embeddings, overrides or isolates. */
  public static boolean isPlainLabel(String text) {
    return isStorable(text) && text.codePoints().noneMatch(TextPolicy::isBidiControl);
  }

  /** Whether at least one character of {@code text} is drawn as something other than a blank. */
  public static boolean hasVisibleCharacter(String text) {
    return text.codePoints().anyMatch(c -> !isInvisible(c));
  }

  static boolean isInvisible(int c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return true;
    }
    switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE:
      case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK:
        return true;
      default:
        return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
    }
  }

  static boolean isBidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }
}
