package io.taskguard.adapter.rest.task;

import io.taskguard.application.port.in.ListTasksUseCase;
import io.taskguard.application.port.out.TaskCursor;
import io.taskguard.application.port.out.TaskQuery;
import io.taskguard.application.port.out.TaskSort;
import io.taskguard.domain.policy.OwnedTasks;
import io.taskguard.domain.policy.TextPolicy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The list's query: {@code completed=true|false}, its alias {@code status=all|pending|completed},
 * {@code q}, {@code due_before=YYYY-MM-DD} (due strictly before that day), {@code sort}, {@code
 * limit}, {@code cursor} and {@code count=true|false} (send the number of matching tasks in {@link
 * #TOTAL_HEADER}). Each may be given at most once; a value outside its set is 400 naming the
 * parameter and what it accepts. Parameters taskguard does not know are ignored, as unknown body
 * fields are. The cursor is decoded for the sort of the same request, so a cursor made for another
 * sort is refused.
 */
record TaskListParameters(
    Optional<Boolean> completed,
    Optional<String> search,
    Optional<LocalDate> dueBefore,
    TaskSort sort,
    OptionalInt limit,
    Optional<TaskCursor> after,
    boolean withTotal) {

  /** The answer's header with the number of matching tasks, sent when {@code count=true}. */
  static final String TOTAL_HEADER = "X-Total-Count";

  private static final Pattern LIMIT = Pattern.compile("[0-9]{1,3}");

  static TaskListParameters parse(Map<String, List<String>> query) {
    Optional<Boolean> completed =
        single(query, "completed")
            .map(value -> choice(value, "completed", "true or false", "true", "false"))
            .map(Boolean::valueOf);
    Optional<Boolean> status =
        single(query, "status")
            .map(
                value ->
                    choice(
                        value,
                        "status",
                        "all, pending or completed",
                        "all",
                        "pending",
                        "completed"))
            .flatMap(TaskListParameters::statusFilter);
    if (completed.isPresent() && status.isPresent() && !completed.equals(status)) {
      throw invalid("'status' and 'completed' contradict each other");
    }
    Optional<String> search = single(query, "q").filter(q -> !q.isEmpty());
    search.ifPresent(TaskListParameters::checkSearch);
    Optional<LocalDate> dueBefore =
        single(query, "due_before")
            .map(
                value ->
                    WireDates.parse(value)
                        .orElseThrow(
                            () ->
                                invalid(
                                    "Invalid value for 'due_before': expected "
                                        + WireDates.FORMAT)));
    TaskSort sort =
        single(query, "sort")
            .map(
                value ->
                    SortNames.parse(value)
                        .orElseThrow(
                            () ->
                                invalid(
                                    "Invalid value for 'sort': expected created, -created,"
                                        + " updated, -updated, title or due")))
            .orElse(TaskSort.NEWEST_CREATED);
    OptionalInt limit =
        single(query, "limit").map(TaskListParameters::limit).orElse(OptionalInt.empty());
    Optional<TaskCursor> after = single(query, "cursor").map(raw -> PageCursors.decode(raw, sort));
    boolean withTotal =
        single(query, "count")
            .map(value -> choice(value, "count", "true or false", "true", "false"))
            .map(Boolean::parseBoolean)
            .orElse(false);
    return new TaskListParameters(
        completed.or(() -> status), search, dueBefore, sort, limit, after, withTotal);
  }

  ListTasksUseCase.Command command(OwnedTasks tasks) {
    return new ListTasksUseCase.Command(tasks, completed, search, dueBefore, sort, limit, after);
  }

  /**
   * The path-absolute URL of the page after {@code next}: the same filters and sort, the page size
   * the request was served with, and the cursor.
   */
  String nextLink(String path, int pageSize, TaskCursor next) {
    StringBuilder url = new StringBuilder(path).append('?');
    completed.ifPresent(value -> url.append("completed=").append(value).append('&'));
    search.ifPresent(value -> url.append("q=").append(encode(value)).append('&'));
    dueBefore.ifPresent(day -> url.append("due_before=").append(day).append('&'));
    if (withTotal) {
      url.append("count=true&");
    }
    url.append("sort=").append(encode(SortNames.name(sort)));
    url.append("&limit=").append(pageSize);
    url.append("&cursor=").append(PageCursors.encode(sort, next));
    return "<" + url + ">; rel=\"next\"";
  }

  private static Optional<String> single(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    if (values == null || values.isEmpty()) {
      return Optional.empty();
    }
    if (values.size() > 1) {
      throw invalid("Query parameter '" + name + "' must be given at most once");
    }
    return Optional.of(values.get(0));
  }

  private static String choice(String value, String name, String expected, String... allowed) {
    for (String candidate : allowed) {
      if (candidate.equals(value)) {
        return value;
      }
    }
    throw invalid("Invalid value for '" + name + "': expected " + expected);
  }

  private static Optional<Boolean> statusFilter(String status) {
    return switch (status) {
      case "pending" -> Optional.of(false);
      case "completed" -> Optional.of(true);
      default -> Optional.empty();
    };
  }

  private static void checkSearch(String q) {
    if (q.codePointCount(0, q.length()) > ListTasksUseCase.MAX_SEARCH) {
      throw invalid(
          "Invalid value for 'q': at most " + ListTasksUseCase.MAX_SEARCH + " characters");
    }
    if (!TextPolicy.isStorable(q)) {
      throw invalid("Invalid value for 'q': must not contain U+0000 or unpaired surrogates");
    }
  }

  private static OptionalInt limit(String value) {
    if (LIMIT.matcher(value).matches()) {
      int limit = Integer.parseInt(value);
      if (limit >= 1 && limit <= TaskQuery.MAX_PAGE) {
        return OptionalInt.of(limit);
      }
    }
    throw invalid("Invalid value for 'limit': expected an integer from 1 to " + TaskQuery.MAX_PAGE);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static TaskErrors.BadTaskRequest invalid(String detail) {
    return TaskErrors.badRequest(detail);
  }
}
