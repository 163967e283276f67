package io.taskguard.adapter.rest.task;

import io.taskguard.domain.task.DueDate;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Days on the task API's wire: exactly {@code YYYY-MM-DD}, a day that exists (no 2026-02-30), in
 * the years 1 to 9999. Used for {@code due_date} in bodies, {@code due_before} in the query and the
 * due-date sort's cursor key.
 */
final class WireDates {

  static final String FORMAT = "a date as YYYY-MM-DD";

  private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private WireDates() {}

  /** The day {@code text} names, or empty when it is not one in the wire's form. */
  static Optional<LocalDate> parse(String text) {
    if (!DAY.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      LocalDate day = LocalDate.parse(text);
      return day.isBefore(DueDate.FIRST) ? Optional.empty() : Optional.of(day);
    } catch (DateTimeParseException notADay) {
      return Optional.empty();
    }
  }
}
