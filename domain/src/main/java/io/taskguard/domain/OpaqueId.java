package io.taskguard.domain;

/**
 * The shape of taskguard's opaque identifiers (user ids, session ids): 1 to 64 URL-safe characters,
 * {@code [A-Za-z0-9_-]{1,64}}. Checked character by character: every task API request checks two or
 * three of these, and a regex matcher per id showed up in the task list's allocation profile.
 */
public final class OpaqueId {

  private static final int MAX_LENGTH = 64;

  private OpaqueId() {}

  /** True when {@code candidate} has the shape, without throwing. */
  public static boolean isWellFormed(String candidate) {
    if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < candidate.length(); i++) {
      if (!isUrlSafe(candidate.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUrlSafe(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '-';
  }
}
