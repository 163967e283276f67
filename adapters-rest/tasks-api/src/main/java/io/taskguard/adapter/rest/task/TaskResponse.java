package io.taskguard.adapter.rest.task;

import io.taskguard.domain.task.Description;
import io.taskguard.domain.task.Task;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;

/**
 * The contract's Task object, field for field. Every field is always present ({@code description}
 * as {@code null} when there is none). Timestamps are UTC with exactly six fractional digits, the
 * store's microsecond grain, e.g. {@code 2026-11-24T10:14:08.911123Z}. The version is not a field:
 * it travels in the {@code ETag}.
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "userId", "title", "description", "completed", "createdAt", "updatedAt"})
public record TaskResponse(
    @JsonbProperty("id") long id,
    @JsonbProperty("user_id") String userId,
    @JsonbProperty("title") String title,
    @JsonbProperty("description") @JsonbNillable String description,
    @JsonbProperty("completed") boolean completed,
    @JsonbProperty("created_at") String createdAt,
    @JsonbProperty("updated_at") String updatedAt) {

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
        timestamp(task.updatedAt()));
  }

  static List<TaskResponse> all(List<Task> tasks) {
    return tasks.stream().map(TaskResponse::of).toList();
  }

  static String timestamp(Instant instant) {
    return UTC_MICROS.format(instant);
  }
}
