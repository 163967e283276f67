package io.taskguard.domain.task;

import io.taskguard.domain.policy.TextPolicy;

/**
 * A task's title: trimmed, 1 to 500 characters, with at least one visible character (never white
 * space, zero-width or other invisible characters only, {@link TextPolicy#hasVisibleCharacter}).
 */
public record Title(String value) {

  public static final int MAX_LENGTH = 500;

  public Title {
    if (value == null || !TextPolicy.hasVisibleCharacter(value)) {
      throw new TaskFailure.InvalidInput(TaskFailure.InvalidInput.Rule.TITLE_EMPTY);
    }
    value = value.strip();
    if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
      throw new TaskFailure.InvalidInput(TaskFailure.InvalidInput.Rule.TITLE_TOO_LONG);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
