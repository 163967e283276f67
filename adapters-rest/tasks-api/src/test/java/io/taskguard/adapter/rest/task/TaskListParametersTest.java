package io.taskguard.adapter.rest.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.in.ListTasksUseCase;
import io.taskguard.application.port.out.TaskCursor;
import io.taskguard.application.port.out.TaskSort;
import io.taskguard.domain.policy.OwnedTasks;
import io.taskguard.domain.policy.OwnershipPolicy;
import io.taskguard.domain.user.UserId;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TaskListParametersTest {

  private static TaskListParameters parse(String... pairs) {
    Map<String, List<String>> query = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      query.computeIfAbsent(pairs[i], name -> new ArrayList<>()).add(pairs[i + 1]);
    }
    return TaskListParameters.parse(query);
  }

  private static void assertRefused(String detail, String... pairs) {
    TaskErrors.BadTaskRequest refused =
        assertThrows(TaskErrors.BadTaskRequest.class, () -> parse(pairs));
    assertEquals(detail, refused.getMessage());
  }

  @Test
  void withoutParametersItIsTheWholeListNewestFirst() {
    TaskListParameters parameters = parse();

    assertEquals(
        new TaskListParameters(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            TaskSort.NEWEST_CREATED,
            OptionalInt.empty(),
            Optional.empty(),
            false),
        parameters);
    assertFalse(parameters.command(mine()).paged());
  }

  @Test
  void readsEveryParameter() {
    String cursor = PageCursors.encode(TaskSort.TITLE, new TaskCursor("milk", 7));

    TaskListParameters parameters =
        parse("completed", "true", "q", "Milk", "sort", "title", "limit", "25", "cursor", cursor);

    assertEquals(Optional.of(true), parameters.completed());
    assertEquals(Optional.of("Milk"), parameters.search());
    assertEquals(TaskSort.TITLE, parameters.sort());
    assertEquals(OptionalInt.of(25), parameters.limit());
    assertEquals(Optional.of(new TaskCursor("milk", 7)), parameters.after());
    assertEquals(TaskSort.OLDEST_UPDATED, parse("sort", "updated").sort());
    assertEquals(TaskSort.NEWEST_UPDATED, parse("sort", "-updated").sort());
    assertEquals(TaskSort.OLDEST_CREATED, parse("sort", "created").sort());
    assertEquals(TaskSort.NEWEST_CREATED, parse("sort", "-created").sort());
  }

  @Test
  void statusIsAnAliasOfCompleted() {
    assertEquals(Optional.of(false), parse("status", "pending").completed());
    assertEquals(Optional.of(true), parse("status", "completed").completed());
    assertEquals(Optional.empty(), parse("status", "all").completed());
    assertEquals(Optional.of(true), parse("status", "completed", "completed", "true").completed());
    assertEquals(Optional.of(false), parse("status", "all", "completed", "false").completed());
    assertRefused(
        "'status' and 'completed' contradict each other", "status", "pending", "completed", "true");
  }

  @Test
  void anEmptySearchIsNoSearchAndUnknownParametersAreIgnored() {
    assertEquals(Optional.empty(), parse("q", "", "page", "2").search());
  }

  @Test
  void refusesValuesOutsideTheirSets() {
    assertRefused("Invalid value for 'completed': expected true or false", "completed", "yes");
    assertRefused("Invalid value for 'completed': expected true or false", "completed", "TRUE");
    assertRefused("Invalid value for 'completed': expected true or false", "completed", "");
    assertRefused(
        "Invalid value for 'status': expected all, pending or completed", "status", "done");
    String sort =
        "Invalid value for 'sort': expected created, -created, updated, -updated, title or due";
    assertRefused(sort, "sort", "newest");
    assertRefused(sort, "sort", "-title");
    assertRefused(sort, "sort", "");
    String limit = "Invalid value for 'limit': expected an integer from 1 to 100";
    for (String value : List.of("0", "101", "-1", "abc", "", "1.5", "99999999999", " 5")) {
      assertRefused(limit, "limit", value);
    }
    assertRefused("Invalid value for 'q': at most 200 characters", "q", "x".repeat(201));
    assertRefused(
        "Invalid value for 'q': must not contain U+0000 or unpaired surrogates", "q", "a\u0000");
    assertRefused("Invalid cursor", "cursor", "");
    assertRefused("Invalid cursor", "cursor", "garbage!");
    assertRefused(
        "Query parameter 'sort' must be given at most once", "sort", "title", "sort", "title");
  }

  @Test
  void dueBeforeIsOneDayAsYyyyMmDd() {
    assertEquals(
        Optional.of(LocalDate.of(2026, 12, 7)), parse("due_before", "2026-12-07").dueBefore());
    String detail = "Invalid value for 'due_before': expected a date as YYYY-MM-DD";
    for (String value :
        List.of("2026-02-30", "2026-13-01", "26-12-07", "2026-12-7", "", "0000-01-01", "today")) {
      assertRefused(detail, "due_before", value);
    }
  }

  @Test
  void theTotalIsSentOnlyWhenAskedFor() {
    assertFalse(parse().withTotal());
    assertFalse(parse("count", "false").withTotal());
    assertTrue(parse("count", "true", "limit", "5").withTotal());
    assertRefused("Invalid value for 'count': expected true or false", "count", "yes");
    String link = parse("count", "true").nextLink("/p", 5, new TaskCursor("1", 2));
    assertTrue(link.contains("count=true&"), link);
  }

  @Test
  void theDueSortPagesByDayOrNoDay() {
    for (TaskCursor cursor :
        List.of(new TaskCursor("2026-12-24", 3), new TaskCursor(TaskCursor.NO_DUE_DATE, 4))) {
      String raw = PageCursors.encode(TaskSort.DUE, cursor);
      assertEquals(Optional.of(cursor), parse("sort", "due", "cursor", raw).after());
    }
    String bad = PageCursors.encode(TaskSort.DUE, new TaskCursor("2026-02-30", 3));
    assertRefused("Invalid cursor", "sort", "due", "cursor", bad);
    TaskListParameters overdue = parse("due_before", "2026-12-07", "sort", "due", "limit", "2");
    String link = overdue.nextLink("/p", 2, new TaskCursor("2026-12-01", 9));
    assertTrue(link.contains("due_before=2026-12-07&"), link);
    assertTrue(link.contains("sort=due&"), link);
  }

  @Test
  void aCursorBelongsToTheSortItWasMadeFor() {
    String cursor = PageCursors.encode(TaskSort.TITLE, new TaskCursor("milk", 7));

    assertRefused("Invalid cursor", "cursor", cursor);
    assertRefused("Invalid cursor", "sort", "-created", "cursor", cursor);
  }

  @Test
  void theNextLinkRepeatsTheQueryWithTheCursor() {
    TaskListParameters parameters =
        parse("status", "pending", "q", "a b+c&d", "sort", "title", "limit", "3", "x", "y");
    TaskCursor next = new TaskCursor("a b+c&d é", 12);

    String link = parameters.nextLink("/api/users/u1/tasks", 3, next);

    assertTrue(link.startsWith("</api/users/u1/tasks?"), link);
    assertTrue(link.endsWith(">; rel=\"next\""), link);
    Map<String, List<String>> query = query(link.substring(1, link.indexOf('>')));
    assertEquals(List.of("false"), query.get("completed"));
    assertEquals(null, query.get("status"));
    assertEquals(null, query.get("x"));
    assertEquals(List.of("a b+c&d"), query.get("q"));
    assertEquals(List.of("title"), query.get("sort"));
    assertEquals(List.of("3"), query.get("limit"));
    assertEquals(next, PageCursors.decode(first(query, "cursor"), TaskSort.TITLE));
    assertEquals(
        Optional.of(next), TaskListParameters.parse(query).after(), "the link parses back");
  }

  @Test
  void aCursorWithoutALimitPagesByTheDefault() {
    String cursor = PageCursors.encode(TaskSort.NEWEST_CREATED, new TaskCursor("1", 7));

    ListTasksUseCase.Command command = parse("cursor", cursor).command(mine());

    assertEquals(OptionalInt.of(ListTasksUseCase.DEFAULT_PAGE), command.limit());
  }

  private static String first(Map<String, List<String>> query, String name) {
    return query.get(name).get(0);
  }

  private static Map<String, List<String>> query(String url) {
    Map<String, List<String>> query = new HashMap<>();
    for (String pair : URI.create(url).getRawQuery().split("&")) {
      String[] parts = pair.split("=", 2);
      query
          .computeIfAbsent(parts[0], name -> new ArrayList<>())
          .add(URLDecoder.decode(parts[1].replace("+", "%2B"), StandardCharsets.UTF_8));
    }
    return query;
  }

  private static OwnedTasks mine() {
    UserId caller = UserId.random();
    return OwnershipPolicy.collectionOf(caller, caller.value());
  }
}
