package io.taskguard.domain.task;

/** A task's optional description: at most 5,000 characters, kept as written. */
public record Description(String value) {

  public static final int MAX_LENGTH = 5000;

  public Description {
    if (value == null) {
      throw new IllegalArgumentException("use Description.of(null) for no description");
    }
    if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
      throw new TaskFailure.InvalidInput(TaskFailure.InvalidInput.Rule.DESCRIPTION_TOO_LONG);
    }
  }

  /** The description, or {@code null} when there is none. */
  public static Description of(String value) {
    return value == null ? null : new Description(value);
  }

  /** The text of an optional description, or {@code null}. */
  public static String text(Description description) {
    return description == null ? null : description.value();
  }
}
