package io.taskguard.domain.task;

import io.taskguard.domain.policy.TextPolicy;

/**
 * A task's title: trimmed, 1 to 500 characters, never white space only. A title a person gives
 * ({@link #given}) must also have a visible character; the constructor alone, which also rebuilds
 * stored titles, does not ask that, so a title stored before the rule existed can still be read,
 * listed, changed and deleted.
 */
public record Title(String value) {

  public static final int MAX_LENGTH = 500;

  public Title {
    if (value == null || value.isBlank()) {
      throw new TaskFailure.InvalidInput(TaskFailure.InvalidInput.Rule.TITLE_EMPTY);
    }
    value = value.strip();
    if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
      throw new TaskFailure.InvalidInput(TaskFailure.InvalidInput.Rule.TITLE_TOO_LONG);
    }
  }

  /**
   * A new title as a person gives it: as the constructor asks, and with at least one visible
   * character (never zero-width or other invisible characters only, {@link
   * TextPolicy#hasVisibleCharacter}).
   */
  public static Title given(String value) {
    if (value == null || !TextPolicy.hasVisibleCharacter(value)) {
      throw new TaskFailure.InvalidInput(TaskFailure.InvalidInput.Rule.TITLE_EMPTY);
    }
    return new Title(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
