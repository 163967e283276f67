package io.taskguard.adapter.rest.task;

/**
 * Text that PostgreSQL can store exactly: no U+0000 (which it refuses) and no unpaired UTF-16
 * surrogate (which the JDBC driver would silently turn into {@code ?}). Checked at the edge, where
 * the request can still be answered with a precise 400.
 */
final class TextRules {

  private TextRules() {}

  static boolean isStorable(String text) {
    return text.indexOf('\u0000') < 0 && !hasUnpairedSurrogate(text);
  }

  static boolean hasUnpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
