package io.taskguard.adapter.rest.task;

import io.taskguard.domain.task.Description;
import io.taskguard.domain.task.Task;
import jakarta.json.stream.JsonGenerator;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;

/**
 * The contract's Task object, field for field. Every field is always present ({@code description}
 * and {@code due_date} as {@code null} when there is none; the due date as YYYY-MM-DD). Timestamps
 * are UTC with exactly six fractional digits, the store's microsecond grain, e.g. {@code
 * 2026-11-24T10:14:08.911123Z}. The version is not a field: it travels in the {@code ETag}. Written
 * by {@link #write(JsonGenerator)} in the contract's field order and names ({@link
 * TaskResponseWriter}).
 */
public record TaskResponse(
    long id,
    String userId,
    String title,
    String description,
    boolean completed,
    String createdAt,
    String updatedAt,
    String dueDate) {

  /**
   * ISO-8601 in UTC with exactly six fractional digits; no BigDecimal per field, as a pattern's.
   */
  private static final DateTimeFormatter UTC_MICROS =
      new DateTimeFormatterBuilder().appendInstant(6).toFormatter();

  static TaskResponse of(Task task) {
    return new TaskResponse(
        task.id().value(),
        task.owner().value(),
        task.title().value(),
        Description.text(task.description()),
        task.completed(),
        timestamp(task.createdAt()),
        timestamp(task.updatedAt()),
        task.dueDate() == null ? null : task.dueDate().value().toString());
  }

  static List<TaskResponse> all(List<Task> tasks) {
    return tasks.stream().map(TaskResponse::of).toList();
  }

  static String timestamp(Instant instant) {
    return UTC_MICROS.format(instant);
  }

  /** Writes this task as one JSON object with the contract's names, in the contract's order. */
  void write(JsonGenerator json) {
    json.writeStartObject().write("id", id).write("user_id", userId).write("title", title);
    if (description == null) {
      json.writeNull("description");
    } else {
      json.write("description", description);
    }
    json.write("completed", completed)
        .write("created_at", createdAt)
        .write("updated_at", updatedAt);
    if (dueDate == null) {
      json.writeNull("due_date");
    } else {
      json.write("due_date", dueDate);
    }
    json.writeEnd();
  }
}
