package io.taskguard.adapter.rest.task;

import io.taskguard.adapter.rest.http.ErrorDialect;
import io.taskguard.adapter.rest.http.Refusal;
import io.taskguard.application.port.in.ListTasksUseCase;
import io.taskguard.application.port.out.TaskQuery;
import io.taskguard.domain.task.Description;
import io.taskguard.domain.task.DueDate;
import io.taskguard.domain.task.TaskFailure;
import io.taskguard.domain.task.Title;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The task API's error dialect, the old FastAPI service's: {@code {"detail": "..."}}, a sentence
 * and nothing else. Every task failure ({@link TaskFailure}, the only domain failures the task use
 * cases raise) has its status and detail here (tasks-api.yaml), and nowhere else; a request the
 * adapter refuses itself is a {@link BadTaskRequest}.
 */
public final class TaskErrors implements ErrorDialect {

  /** The one instance. */
  public static final TaskErrors DIALECT = new TaskErrors();

  /** What one failure looks like on this API's wire. */
  record Wire(int status, String detail) {}

  private TaskErrors() {}

  @Override
  public Map<String, String> body(String message, String code) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("detail", message);
    return body;
  }

  /**
   * A request the task API refuses itself before any use case runs: a malformed task id, body,
   * query, cursor or header. Always 400, with its detail as the message.
   */
  public static final class BadTaskRequest extends Refusal {
    private static final long serialVersionUID = 1L;

    BadTaskRequest(String detail) {
      super(DIALECT, 400, detail, "BAD_REQUEST");
    }
  }

  static BadTaskRequest badRequest(String detail) {
    return new BadTaskRequest(detail);
  }

  /**
   * The status and detail of {@code failure} on the task API: one explicit answer per case of the
   * task context, and none for a case added without one.
   *
   * @throws IllegalStateException for a kind of task failure this API has no answer for
   */
  static Wire of(TaskFailure failure) {
    if (failure instanceof TaskFailure.InvalidInput invalid) {
      return new Wire(400, invalid(invalid.rule()));
    } else if (failure instanceof TaskFailure.NotAuthenticated) {
      return new Wire(401, "Not authenticated");
    } else if (failure instanceof TaskFailure.NotOwner) {
      return new Wire(403, "Access denied");
    } else if (failure instanceof TaskFailure.TaskNotFound) {
      return new Wire(404, "Task not found");
    } else if (failure instanceof TaskFailure.StaleVersion) {
      return new Wire(412, "Task was changed by another request");
    }
    throw new IllegalStateException("no task API answer for " + failure.getClass().getName());
  }

  private static String invalid(TaskFailure.InvalidInput.Rule rule) {
    return switch (rule) {
      case TITLE_EMPTY -> "Title cannot be empty or whitespace";
      case TITLE_TOO_LONG -> "Title must be at most " + Title.MAX_LENGTH + " characters";
      case DESCRIPTION_TOO_LONG ->
          "Description must be at most " + Description.MAX_LENGTH + " characters";
      case DUE_DATE_OUT_OF_RANGE ->
          "Due date must be from " + DueDate.FIRST + " to " + DueDate.LAST;
      case PAGE_SIZE_OUT_OF_RANGE -> "Page size must be from 1 to " + TaskQuery.MAX_PAGE;
      case SEARCH_INVALID ->
          "Search must be at most " + ListTasksUseCase.MAX_SEARCH + " characters, without U+0000";
    };
  }
}
