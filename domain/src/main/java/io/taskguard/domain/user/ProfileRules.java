package io.taskguard.domain.user;

import io.taskguard.domain.policy.TextPolicy;
import io.taskguard.domain.user.IdentityFailure.InvalidInput.Rule;

/** What a person's name and image may be, at sign-up and at every later change. */
public final class ProfileRules {

  public static final int MAX_NAME = 200;
  public static final int MAX_IMAGE = 2048;

  private ProfileRules() {}

  /**
   * The name as stored (stripped; it may be empty, but what is there must show).
   *
   * @throws IdentityFailure.InvalidInput when it is too long, not storable, carries explicit
   *     bidirectional formatting, or is made only of invisible characters
   */
  public static String name(String name) {
    String stripped = name.strip();
    if (stripped.length() > MAX_NAME) {
      throw new IdentityFailure.InvalidInput(Rule.NAME_TOO_LONG);
    }
    if (!TextPolicy.isStorable(stripped)) {
      throw new IdentityFailure.InvalidInput(Rule.NAME_OR_IMAGE_NOT_STORABLE);
    }
    if (!TextPolicy.isPlainLabel(stripped)) {
      throw new IdentityFailure.InvalidInput(Rule.NAME_HAS_BIDI_CONTROLS);
    }
    if (!stripped.isEmpty() && !TextPolicy.hasVisibleCharacter(stripped)) {
      throw new IdentityFailure.InvalidInput(Rule.NAME_INVISIBLE);
    }
    return stripped;
  }

  /**
   * The image URL as stored, or null for none.
   *
   * @throws IdentityFailure.InvalidInput when it is too long or not storable
   */
  public static String image(String image) {
    if (image == null) {
      return null;
    }
    if (!TextPolicy.isStorable(image)) {
      throw new IdentityFailure.InvalidInput(Rule.NAME_OR_IMAGE_NOT_STORABLE);
    }
    if (image.length() > MAX_IMAGE) {
      throw new IdentityFailure.InvalidInput(Rule.IMAGE_TOO_LONG);
    }
    return image;
  }
}
