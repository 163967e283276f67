package io.taskguard.systemtest;

import static io.taskguard.testsupport.TaskApi.task;
import static io.taskguard.testsupport.TaskApi.tasks;
import static io.taskguard.testsupport.TaskAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.TaskApi;
import io.taskguard.testsupport.TasksTable;
import io.taskguard.testsupport.TestUser;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Due dates: set on create, PUT and PATCH, kept by a PUT that does not name them (an old client),
 * cleared by an explicit null, stored as a date, sorted soonest first with none last across pages,
 * filtered as overdue against the client's own day, and every malformed date a 400.
 */
class TaskDueDatesIT {

  private static final Pattern NEXT = Pattern.compile("^<([^>]+)>; rel=\"next\"$");

  static final TaskApi api = new TaskApi();
  static final TasksTable table = new TasksTable();
  static final AuthTables db = new AuthTables();

  private static long create(TestUser user, String json) {
    HttpResult created = api.post(tasks(user.id()), user.jwt(), json);
    assertEquals(201, created.status(), created::toString);
    return created.object().getJsonNumber("id").longValue();
  }

  private static Object storedDueDate(long id) {
    Object day = db.rows("SELECT due_date::text AS d FROM tasks WHERE id = ?", id).get(0).get("d");
    return day;
  }

  private static JsonValue dueDateOf(HttpResult answer) {
    assertEquals(200, answer.status(), answer::toString);
    return answer.object().get("due_date");
  }

  @Test
  void aDueDateIsSetKeptChangedAndCleared() {
    TestUser kim = api.signUp("Kim");
    long id = create(kim, "{\"title\":\"Tax return\",\"due_date\":\"2027-05-31\"}");
    assertEquals("2027-05-31", storedDueDate(id));
    HttpResult read = api.get(task(kim.id(), id), kim.jwt());
    assertEquals("\"2027-05-31\"", dueDateOf(read).toString());

    HttpResult oldClientPut =
        api.put(
            task(kim.id(), id),
            kim.jwt(),
            "{\"title\":\"Tax return 2026\",\"description\":null,\"completed\":false}");
    assertEquals("\"2027-05-31\"", dueDateOf(oldClientPut).toString(), "kept by an old client");
    assertEquals("2027-05-31", storedDueDate(id));

    HttpResult patched = api.patch(task(kim.id(), id), kim.jwt(), "{\"due_date\":\"2027-04-30\"}");
    assertEquals("\"2027-04-30\"", dueDateOf(patched).toString());
    HttpResult titleOnly = api.patch(task(kim.id(), id), kim.jwt(), "{\"title\":\"Taxes\"}");
    assertEquals("\"2027-04-30\"", dueDateOf(titleOnly).toString());

    HttpResult cleared =
        api.put(
            task(kim.id(), id),
            kim.jwt(),
            "{\"title\":\"Taxes\",\"completed\":false,\"due_date\":null}");
    assertEquals(JsonValue.NULL, dueDateOf(cleared));
    assertEquals(null, storedDueDate(id));
    long plain = create(kim, "{\"title\":\"No date\"}");
    assertEquals(JsonValue.NULL, dueDateOf(api.get(task(kim.id(), plain), kim.jwt())));
    HttpResult set = api.patch(task(kim.id(), plain), kim.jwt(), "{\"due_date\":\"0001-01-01\"}");
    assertEquals("\"0001-01-01\"", dueDateOf(set).toString());
    HttpResult unset = api.patch(task(kim.id(), plain), kim.jwt(), "{\"due_date\":null}");
    assertEquals(JsonValue.NULL, dueDateOf(unset));
  }

  @Test
  void malformedDatesAreRefusedWithADetailAndChangeNothing() {
    TestUser lou = api.signUp("Lou");
    long id = create(lou, "{\"title\":\"Dated\",\"due_date\":\"2027-01-01\"}");
    String detail = "Field 'due_date' must be a date as YYYY-MM-DD or null";
    for (String bad :
        List.of(
            "\"2027-02-30\"",
            "\"2027-13-01\"",
            "\"27-01-01\"",
            "\"2027-1-1\"",
            "\"2027-01-01T00:00:00Z\"",
            "\"0000-01-01\"",
            "\"\"",
            "20270101",
            "true",
            "{}")) {
      String body = "{\"due_date\":" + bad + "}";
      assertRefused(table, 400, detail, () -> api.patch(task(lou.id(), id), lou.jwt(), body));
      assertRefused(
          table,
          400,
          detail,
          () -> api.post(tasks(lou.id()), lou.jwt(), "{\"title\":\"x\",\"due_date\":" + bad + "}"));
    }
    assertRefused(
        table,
        400,
        "Invalid value for 'due_before': expected a date as YYYY-MM-DD",
        () -> api.get(tasks(lou.id()) + "?due_before=2027-02-30", lou.jwt()));
    assertRefused(
        table,
        400,
        "Invalid value for 'sort': expected created, -created, updated, -updated, title or due",
        () -> api.get(tasks(lou.id()) + "?sort=-due", lou.jwt()));
    assertEquals("2027-01-01", storedDueDate(id));
  }

  @Test
  void sortsSoonestFirstWithoutADateLastOnEveryPageAndFiltersTheOverdue() {
    TestUser max = api.signUp("Max");
    create(max, "{\"title\":\"someday\"}");
    create(max, "{\"title\":\"next year\",\"due_date\":\"2027-06-01\"}");
    create(max, "{\"title\":\"yesterday\",\"due_date\":\"2026-12-06\"}");
    create(max, "{\"title\":\"today\",\"due_date\":\"2026-12-07\"}");
    create(max, "{\"title\":\"maybe\",\"due_date\":null}");
    create(max, "{\"title\":\"long ago\",\"due_date\":\"2025-01-15\"}");
    create(max, "{\"title\":\"also yesterday\",\"due_date\":\"2026-12-06\"}");
    List<String> expected =
        List.of(
            "long ago", "yesterday", "also yesterday", "today", "next year", "someday", "maybe");

    assertEquals(expected, titles(api.get(tasks(max.id()) + "?sort=due", max.jwt())));
    for (int size = 1; size <= 3; size++) {
      assertEquals(expected, allPages(max, "?sort=due&limit=" + size), "pages of " + size);
    }
    assertEquals(
        List.of("long ago", "yesterday", "also yesterday"),
        allPages(max, "?sort=due&due_before=2026-12-07&limit=2"),
        "overdue on the client's 7 December");
    assertEquals(
        List.of("long ago"),
        titles(api.get(tasks(max.id()) + "?sort=due&due_before=2026-12-06", max.jwt())));
  }

  private static List<String> allPages(TestUser user, String query) {
    List<String> seen = new ArrayList<>();
    String next = tasks(user.id()) + query;
    while (next != null) {
      HttpResult answer = api.get(next, user.jwt());
      seen.addAll(titles(answer));
      next = answer.header("Link").map(TaskDueDatesIT::nextUrl).orElse(null);
    }
    return seen;
  }

  private static List<String> titles(HttpResult answer) {
    assertEquals(200, answer.status(), answer::toString);
    return answer.array().stream()
        .map(JsonValue::asJsonObject)
        .map((JsonObject task) -> task.getString("title"))
        .toList();
  }

  private static String nextUrl(String link) {
    Matcher matcher = NEXT.matcher(link);
    assertEquals(true, matcher.matches(), link);
    return matcher.group(1);
  }
}
