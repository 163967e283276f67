package io.taskguard.systemtest;

import static io.taskguard.testsupport.TaskApi.task;
import static io.taskguard.testsupport.TaskApi.tasks;
import static io.taskguard.testsupport.TaskAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.TaskApi;
import io.taskguard.testsupport.TasksTable;
import io.taskguard.testsupport.TestUser;
import jakarta.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input the task API must refuse with 400 and a precise detail, changing nothing: titles and
 * descriptions that break the rules, bodies that are not the JSON object the contract describes,
 * task ids that are not 64-bit integers, query values outside their sets. Also the order of the
 * checks: 403 before any 400, and 400 before 404.
 */
class TaskValidationIT {

  static final TaskApi api = new TaskApi();
  static final TasksTable table = new TasksTable();
  static TestUser carol;
  static TestUser dan;
  static long task;
  static long dansTask;

  @BeforeAll
  static void aUserWithATask() {
    carol = api.signUp("Carol");
    dan = api.signUp("Dan");
    task = created(api.post(tasks(carol.id()), carol.jwt(), "{\"title\":\"valid\"}"));
    dansTask = created(api.post(tasks(dan.id()), dan.jwt(), "{\"title\":\"dan's\"}"));
  }

  private static long created(HttpResult answer) {
    assertEquals(201, answer.status(), answer::toString);
    return answer.object().getJsonNumber("id").longValue();
  }

  private static String body(String field, String value) {
    return Json.createObjectBuilder().add(field, value).build().toString();
  }

  private static String replacement(String title, String description) {
    var body = Json.createObjectBuilder().add("title", title).add("completed", false);
    if (description != null) {
      body.add("description", description);
    }
    return body.build().toString();
  }

  private void refusedOnEveryWrite(
      String detail, String createBody, String replaceBody, String patchBody) {
    assertRefused(table, 400, detail, () -> api.post(tasks(carol.id()), carol.jwt(), createBody));
    assertRefused(
        table, 400, detail, () -> api.put(task(carol.id(), task), carol.jwt(), replaceBody));
    assertRefused(
        table, 400, detail, () -> api.patch(task(carol.id(), task), carol.jwt(), patchBody));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   \t\n ", "\u2003\u3000"})
  void blankTitles(String title) {
    refusedOnEveryWrite(
        "Title cannot be empty or whitespace",
        body("title", title),
        replacement(title, null),
        body("title", title));
  }

  @Test
  void titlesAndDescriptionsAtAndOverTheirLimits() {
    String title501 = "t".repeat(501);
    String description5001 = "d".repeat(5001);
    refusedOnEveryWrite(
        "Title must be at most 500 characters",
        body("title", title501),
        replacement(title501, null),
        body("title", title501));
    refusedOnEveryWrite(
        "Description must be at most 5000 characters",
        Json.createObjectBuilder()
            .add("title", "ok")
            .add("description", description5001)
            .build()
            .toString(),
        replacement("ok", description5001),
        body("description", description5001));

    String title500 = "\uD83D\uDE00".repeat(500);
    HttpResult longest =
        api.post(
            tasks(carol.id()),
            carol.jwt(),
            Json.createObjectBuilder()
                .add("title", "  " + title500 + "  ")
                .add("description", "d".repeat(5000))
                .build()
                .toString());
    assertEquals(title500, table.find(created(longest)).orElseThrow().title());
  }

  @Test
  void bodiesThatAreNotTheContractsObject() {
    refusedOnEveryWrite("Malformed JSON", "{\"title\":", "{\"title\": tru}", "{,}");
    refusedOnEveryWrite(
        "Malformed JSON",
        "{\"title\":\"a\"} {}",
        "{\"title\":\"a\",\"title\":\"b\",\"completed\":true}",
        "{\"completed\":true}x");
    refusedOnEveryWrite("Request body must be a JSON object", "[]", "\"text\"", "");
    refusedOnEveryWrite(
        "Field 'title' must be a string",
        "{\"title\":42}",
        "{\"title\":[],\"completed\":true}",
        "{\"title\":{}}");
    refusedOnEveryWrite(
        "Field 'title' cannot be null",
        "{\"title\":null}",
        "{\"title\":null,\"completed\":true}",
        "{\"title\":null}");
    assertRefused(
        table,
        400,
        "Field 'completed' must be a boolean",
        () ->
            api.put(
                task(carol.id(), task), carol.jwt(), "{\"title\":\"t\",\"completed\":\"yes\"}"));
    assertRefused(
        table,
        400,
        "Field 'completed' must be a boolean",
        () -> api.patch(task(carol.id(), task), carol.jwt(), "{\"completed\":1}"));
    assertRefused(
        table,
        400,
        "Field 'completed' is required",
        () -> api.put(task(carol.id(), task), carol.jwt(), "{\"title\":\"t\"}"));
    assertRefused(
        table,
        400,
        "Field 'title' is required",
        () -> api.post(tasks(carol.id()), carol.jwt(), "{\"description\":\"d\"}"));
    assertRefused(
        table,
        400,
        "Field 'description' must be a string or null",
        () -> api.patch(task(carol.id(), task), carol.jwt(), "{\"description\":false}"));
    refusedOnEveryWrite(
        "Field 'title' must not contain U+0000 or unpaired surrogates",
        "{\"title\":\"a\\u0000b\"}",
        "{\"title\":\"a\\u0000b\",\"completed\":true}",
        "{\"title\":\"\\ud800\"}");
  }

  @Test
  void contentTypeAndSize() {
    for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded"}) {
      assertRefused(
          table,
          400,
          "Content-Type must be application/json",
          () ->
              api.send(
                  "POST", tasks(carol.id()), carol.jwt(), type, "{\"title\":\"t\"}", Map.of()));
    }
    assertRefused(
        table,
        400,
        "Content-Type must be application/json",
        () -> api.send("PATCH", task(carol.id(), task), carol.jwt(), null, "{}", Map.of()));
    String tooLarge = "{\"title\":\"t\",\"description\":\"" + "x".repeat(64 * 1024) + "\"}";
    refusedOnEveryWrite("Request body too large", tooLarge, tooLarge, tooLarge);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"abc", "1.5", "1e3", "9223372036854775808", "-9223372036854775809", "0x1"})
  void taskIdsThatAreNotSixtyFourBitIntegers(String id) {
    String detail = "Invalid task id: expected an integer";
    assertRefused(table, 400, detail, () -> api.get(task(carol.id(), id), carol.jwt()));
    assertRefused(
        table,
        400,
        detail,
        () -> api.put(task(carol.id(), id), carol.jwt(), replacement("t", null)));
    assertRefused(table, 400, detail, () -> api.patch(task(carol.id(), id), carol.jwt(), "{}"));
    assertRefused(table, 400, detail, () -> api.delete(task(carol.id(), id), carol.jwt()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "9223372036854775807"})
  void integersThatNameNoTaskAreNotFound(String id) {
    assertRefused(table, 404, "Task not found", () -> api.get(task(carol.id(), id), carol.jwt()));
    assertRefused(
        table, 404, "Task not found", () -> api.delete(task(carol.id(), id), carol.jwt()));
  }

  @Test
  void queryValuesOutsideTheirSets() {
    String sort =
        "Invalid value for 'sort': expected created, -created, updated, -updated, title or due";
    String limit = "Invalid value for 'limit': expected an integer from 1 to 100";
    Map<String, String> cases =
        Map.ofEntries(
            Map.entry("sort=newest", sort),
            Map.entry("sort=", sort),
            Map.entry("limit=0", limit),
            Map.entry("limit=101", limit),
            Map.entry("limit=ten", limit),
            Map.entry("limit=99999999999999999999", limit),
            Map.entry("completed=yes", "Invalid value for 'completed': expected true or false"),
            Map.entry(
                "status=done", "Invalid value for 'status': expected all, pending or completed"),
            Map.entry(
                "status=pending&completed=true", "'status' and 'completed' contradict each other"),
            Map.entry("cursor=garbage", "Invalid cursor"),
            Map.entry("limit=5&cursor=%00", "Invalid cursor"),
            Map.entry("q=" + "x".repeat(201), "Invalid value for 'q': at most 200 characters"),
            Map.entry(
                "q=a%00b", "Invalid value for 'q': must not contain U+0000 or unpaired surrogates"),
            Map.entry(
                "sort=title&sort=created", "Query parameter 'sort' must be given at most once"));
    cases.forEach(
        (query, detail) ->
            assertRefused(
                table, 400, detail, () -> api.get(tasks(carol.id()) + "?" + query, carol.jwt())));
  }

  @Test
  void aCursorIsRefusedWithAnotherSort() {
    for (int i = 0; i < 3; i++) {
      api.post(tasks(carol.id()), carol.jwt(), body("title", "page " + i));
    }
    HttpResult first = api.get(tasks(carol.id()) + "?sort=title&limit=1", carol.jwt());
    String link = first.header("Link").orElseThrow();
    String cursor = link.substring(link.indexOf("cursor=") + 7, link.indexOf('>'));

    assertRefused(
        table,
        400,
        "Invalid cursor",
        () -> api.get(tasks(carol.id()) + "?sort=-created&limit=1&cursor=" + cursor, carol.jwt()));
    assertEquals(
        200,
        api.get(tasks(carol.id()) + "?sort=title&limit=1&cursor=" + cursor, carol.jwt()).status());
  }

  @Test
  void anInvalidIfMatchHeader() {
    for (String header : List.of("42-0", "\"" + task + "-0", "W/", ",")) {
      assertRefused(
          table,
          400,
          "Invalid If-Match header",
          () ->
              api.send(
                  "PUT",
                  task(carol.id(), task),
                  carol.jwt(),
                  TaskApi.JSON,
                  replacement("t", null),
                  Map.of("If-Match", header)));
    }
  }

  @Test
  void forbiddenComesBeforeInvalidAndInvalidBeforeNotFound() {
    String malformed = "{\"title\":";
    assertRefused(
        table, 403, "Access denied", () -> api.post(tasks(dan.id()), carol.jwt(), malformed));
    assertRefused(
        table, 403, "Access denied", () -> api.put(task(dan.id(), "abc"), carol.jwt(), malformed));
    assertRefused(
        table, 403, "Access denied", () -> api.get(tasks(dan.id()) + "?sort=bogus", carol.jwt()));
    assertRefused(
        table,
        400,
        "Title cannot be empty or whitespace",
        () -> api.put(task(carol.id(), dansTask), carol.jwt(), replacement(" ", null)));
    assertRefused(
        table,
        400,
        "Malformed JSON",
        () -> api.patch(task(carol.id(), dansTask), carol.jwt(), malformed));
  }

  @Test
  void unknownAndReadOnlyFieldsAreIgnored() {
    String sneaky =
        Json.createObjectBuilder()
            .add("title", "mine")
            .add("id", 1)
            .add("user_id", dan.id())
            .add("completed", true)
            .add("version", 99)
            .add("created_at", "2000-01-01T00:00:00Z")
            .add("colour", "red")
            .build()
            .toString();

    long id = created(api.post(tasks(carol.id()), carol.jwt(), sneaky));
    TasksTable.Row row = table.find(id).orElseThrow();

    assertEquals(carol.id(), row.userId());
    assertFalse(row.completed());
    assertEquals(0, row.version());
    assertTrue(row.createdAt().isAfter(Instant.parse("2020-01-01T00:00:00Z")));
  }
}
