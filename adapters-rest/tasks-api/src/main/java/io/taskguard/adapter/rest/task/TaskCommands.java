package io.taskguard.adapter.rest.task;

import io.taskguard.application.port.in.CreateTaskUseCase;
import io.taskguard.application.port.in.ExpectedVersion;
import io.taskguard.application.port.in.FieldPatch;
import io.taskguard.application.port.in.ReplaceTaskUseCase;
import io.taskguard.application.port.in.UpdateTaskUseCase;
import io.taskguard.domain.policy.OwnedTasks;
import io.taskguard.domain.policy.TextPolicy;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The three task bodies of the contract, from a parsed JSON object to a use case's command.
 *
 * <ul>
 *   <li>TaskCreate (POST): {@code title} required, {@code description} and {@code due_date}
 *       optional and nullable.
 *   <li>TaskUpdate (PUT): {@code title} and {@code completed} required, {@code description}
 *       optional and nullable, absent meaning null; {@code due_date} optional and nullable, absent
 *       meaning "keep it", so a client that does not know due dates never clears one.
 *   <li>TaskPartialUpdate (PATCH): every field optional; {@code description: null} and {@code
 *       due_date: null} clear them, {@code title} and {@code completed} cannot be null.
 * </ul>
 *
 * <p>Fields the contract does not name are ignored, including read-only ones such as {@code id},
 * {@code user_id} or {@code created_at} (a client may send back a task it read), so they can never
 * change anything. A named field of the wrong JSON type is 400 naming the field and the type it
 * must have; text holding U+0000 or an unpaired surrogate is 400 as well, and so is a title holding
 * an explicit bidirectional control ({@link TextPolicy#isPlainLabel}). Lengths and blank titles are
 * judged by the domain, in the use case.
 */
final class TaskCommands {

  private TaskCommands() {}

  static CreateTaskUseCase.Command create(JsonObject body, OwnedTasks tasks) {
    return new CreateTaskUseCase.Command(
        tasks,
        requiredText(body, "title"),
        nullableText(body, "description"),
        dueDate(body).applyTo(null));
  }

  static ReplaceTaskUseCase.Command replace(
      JsonObject body, OwnedTasks tasks, long taskId, ExpectedVersion expected) {
    String title = requiredText(body, "title");
    String description = nullableText(body, "description");
    boolean completed = flag(body, "completed").orElseThrow(() -> missing("completed"));
    return new ReplaceTaskUseCase.Command(
        tasks, taskId, title, description, completed, dueDate(body), expected);
  }

  static UpdateTaskUseCase.Command update(
      JsonObject body, OwnedTasks tasks, long taskId, ExpectedVersion expected) {
    FieldPatch<String> description =
        body.containsKey("description")
            ? FieldPatch.replaceWith(nullableText(body, "description"))
            : FieldPatch.keep();
    return new UpdateTaskUseCase.Command(
        tasks,
        taskId,
        text(body, "title"),
        description,
        flag(body, "completed"),
        dueDate(body),
        expected);
  }

  /** {@code due_date}: absent keeps, null clears, a day as YYYY-MM-DD sets. */
  private static FieldPatch<LocalDate> dueDate(JsonObject body) {
    JsonValue value = body.get("due_date");
    if (value == null) {
      return FieldPatch.keep();
    }
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return FieldPatch.replaceWith(null);
    }
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      throw wrongType("due_date", WireDates.FORMAT + " or null");
    }
    return FieldPatch.replaceWith(
        WireDates.parse(((JsonString) value).getString())
            .orElseThrow(() -> wrongType("due_date", WireDates.FORMAT + " or null")));
  }

  private static String requiredText(JsonObject body, String field) {
    return text(body, field).orElseThrow(() -> missing(field));
  }

  /** A string field that may be absent but not null. */
  private static Optional<String> text(JsonObject body, String field) {
    JsonValue value = present(body, field);
    if (value == null) {
      return Optional.empty();
    }
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      throw wrongType(field, "a string");
    }
    return Optional.of(storable(field, ((JsonString) value).getString()));
  }

  /** A string field that may be absent or null, both meaning "none". */
  private static String nullableText(JsonObject body, String field) {
    JsonValue value = body.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      throw wrongType(field, "a string or null");
    }
    return storable(field, ((JsonString) value).getString());
  }

  /** A boolean field that may be absent but not null. */
  private static Optional<Boolean> flag(JsonObject body, String field) {
    JsonValue value = present(body, field);
    if (value == null) {
      return Optional.empty();
    }
    return switch (value.getValueType()) {
      case TRUE -> Optional.of(true);
      case FALSE -> Optional.of(false);
      default -> throw wrongType(field, "a boolean");
    };
  }

  /** The field's value, {@code null} when absent; an explicit JSON null is refused. */
  private static JsonValue present(JsonObject body, String field) {
    JsonValue value = body.get(field);
    if (value != null && value.getValueType() == JsonValue.ValueType.NULL) {
      throw invalid("Field '" + field + "' cannot be null");
    }
    return value;
  }

  private static String storable(String field, String text) {
    if (!TextPolicy.isStorable(text)) {
      throw invalid("Field '" + field + "' must not contain U+0000 or unpaired surrogates");
    }
    if (field.equals("title") && !TextPolicy.isPlainLabel(text)) {
      throw invalid("Field 'title' must not contain bidirectional control characters");
    }
    return text;
  }

  private static TaskErrors.BadTaskRequest missing(String field) {
    return invalid("Field '" + field + "' is required");
  }

  private static TaskErrors.BadTaskRequest wrongType(String field, String type) {
    return invalid("Field '" + field + "' must be " + type);
  }

  private static TaskErrors.BadTaskRequest invalid(String detail) {
    return TaskErrors.badRequest(detail);
  }
}
