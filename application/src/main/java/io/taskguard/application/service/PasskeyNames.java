package io.taskguard.application.service;

import io.taskguard.domain.policy.TextPolicy;
import io.taskguard.domain.user.IdentityFailure;

/**
 * A passkey's name, as its owner gives it: at most 100 characters with a visible one, and none of
 * them a control or bidirectional formatting character.
 */
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
    if (!plainVisibleLabel(stripped) || stripped.length() > MAX) {
      throw new IdentityFailure.InvalidInput(
          IdentityFailure.InvalidInput.Rule.PASSKEY_NAME_INVALID);
    }
    return stripped;
  }

  /**
   * A label people read: a visible character, no control, no unpaired surrogate or NUL, no
   * bidirectional formatting (the rules of a person's name); also used for the TOTP issuer.
   */
  static boolean plainVisibleLabel(String text) {
    return TextPolicy.isPlainLabel(text)
        && TextPolicy.hasVisibleCharacter(text)
        && text.codePoints().noneMatch(Character::isISOControl);
  }
}
