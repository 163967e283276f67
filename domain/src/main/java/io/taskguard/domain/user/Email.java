package io.taskguard.domain.user;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address as taskguard keys accounts by it: trimmed, lower-cased (so comparison is
 * case-insensitive) and of a deliverable shape, at most 254 characters.
 */
public record Email(String value) {

  private static final Pattern SHAPE =
      Pattern.compile(
          "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@"
              + "(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

  public Email {
    if (value == null) {
      throw invalid();
    }
    value = value.strip().toLowerCase(Locale.ROOT);
    if (value.length() > 254 || !SHAPE.matcher(value).matches() || value.contains("..")) {
      throw invalid();
    }
  }

  private static IdentityFailure invalid() {
    return new IdentityFailure.InvalidInput(IdentityFailure.InvalidInput.Rule.EMAIL_MALFORMED);
  }

  @Override
  public String toString() {
    return value;
  }
}
