package io.taskguard.adapter.rest.task;

import java.util.regex.Pattern;

/**
 * The path's {@code task_id}: a 64-bit integer in decimal, as the contract's {@code int64} says. A
 * value that is not one (letters, a fraction, more than 64 bits) is 400 {@code Invalid task id:
 * expected an integer}; an integer that is not a task of the caller's (including zero and negative
 * ones) is left to the use case, which answers 404, so that such ids reveal nothing.
 */
final class TaskIds {

  static final String INVALID = "Invalid task id: expected an integer";

  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,40}");

  private TaskIds() {}

  static long parse(String raw) {
    if (raw == null || !INTEGER.matcher(raw).matches()) {
      throw invalid();
    }
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException overflow) {
      throw invalid();
    }
  }

  private static TaskErrors.BadTaskRequest invalid() {
    return TaskErrors.badRequest(INVALID);
  }
}
