package io.taskguard.application.service;

import io.taskguard.domain.user.IdentityFailure;

/** A passkey's name, as its owner gives it: 1 to 100 characters, none of them a control. */
final class PasskeyNames {

  static final String DEFAULT = "Passkey";
  static final int MAX = 100;

  private PasskeyNames() {}

  /** {@code name} stripped, or the default when none is given. */
  static String checked(String name) {
    if (name == null) {
      return DEFAULT;
    }
    String stripped = name.strip();
    if (stripped.isEmpty()
        || stripped.length() > MAX
        || stripped
            .codePoints()
            .anyMatch(c -> Character.isISOControl(c) || (c >= 0xD800 && c <= 0xDFFF))) {
      throw new IdentityFailure.InvalidInput(
          IdentityFailure.InvalidInput.Rule.PASSKEY_NAME_INVALID);
    }
    return stripped;
  }
}
