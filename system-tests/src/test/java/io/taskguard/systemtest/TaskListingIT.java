package io.taskguard.systemtest;

import static io.taskguard.testsupport.TaskApi.task;
import static io.taskguard.testsupport.TaskApi.tasks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.TaskApi;
import io.taskguard.testsupport.TasksTable;
import io.taskguard.testsupport.TestUser;
import io.taskguard.testsupport.TitleOrderSample;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Listing: the old contract's plain array, the filters, the sorts, the title search, and keyset
 * pages that neither skip nor repeat a task while tasks are being added.
 */
class TaskListingIT {

  private static final Pattern NEXT = Pattern.compile("^<([^>]+)>; rel=\"next\"$");

  static final TaskApi api = new TaskApi();
  static final TasksTable table = new TasksTable();
  static final List<String> TITLES =
      List.of("Buy MILK", "buy bread", "Call mum", "100% done_", "Zebra", "apple");

  static TestUser erin;

  @BeforeAll
  static void aSmallCollection() {
    erin = smallCollection("Erin");
  }

  /** A new user with {@link #TITLES}, created in that order; the two "buy" and Zebra completed. */
  static TestUser smallCollection(String name) {
    TestUser user = api.signUp(name);
    for (String title : TITLES) {
      long id = create(user, title);
      if (title.toLowerCase().startsWith("buy") || title.equals("Zebra")) {
        HttpResult done = api.patch(task(user.id(), id), user.jwt(), "{\"completed\":true}");
        assertEquals(200, done.status(), done::toString);
      }
    }
    return user;
  }

  static long create(TestUser user, String title) {
    HttpResult created =
        api.post(
            tasks(user.id()),
            user.jwt(),
            Json.createObjectBuilder().add("title", title).build().toString());
    assertEquals(201, created.status(), created::toString);
    return id(created.object());
  }

  static long id(JsonObject task) {
    return task.getJsonNumber("id").longValue();
  }

  static List<JsonObject> list(TestUser user, String query) {
    HttpResult answer =
        api.get(tasks(user.id()) + (query.isEmpty() ? "" : "?" + query), user.jwt());
    assertEquals(200, answer.status(), answer::toString);
    assertTrue(answer.header("Link").isEmpty(), "no Link without paging");
    return answer.array().stream().map(JsonValue::asJsonObject).toList();
  }

  static List<String> titles(List<JsonObject> tasks) {
    return tasks.stream().map(task -> task.getString("title")).toList();
  }

  /** Timestamps are fixed-width UTC strings, so they order as the instants they name. */
  static Comparator<JsonObject> by(String field) {
    return Comparator.comparing((JsonObject task) -> task.getString(field))
        .thenComparingLong(TaskListingIT::id);
  }

  @Test
  void aPlainListIsEveryTaskNewestFirst() {
    List<JsonObject> all = list(erin, "");

    assertEquals(6, all.size());
    List<JsonObject> expected = new ArrayList<>(all);
    expected.sort(by("created_at").reversed());
    assertEquals(expected, all);
    assertEquals("apple", all.get(0).getString("title"));
  }

  @Test
  void filtersByCompletion() {
    Set<String> done = Set.of("Buy MILK", "buy bread", "Zebra");

    assertEquals(done, Set.copyOf(titles(list(erin, "completed=true"))));
    assertEquals(done, Set.copyOf(titles(list(erin, "status=completed"))));
    assertEquals(
        Set.of("Call mum", "100% done_", "apple"),
        Set.copyOf(titles(list(erin, "completed=false"))));
    assertEquals(titles(list(erin, "completed=false")), titles(list(erin, "status=pending")));
    assertEquals(titles(list(erin, "")), titles(list(erin, "status=all")));
  }

  @Test
  void searchesTitlesCaseInsensitivelyAndLiterally() {
    assertEquals(Set.of("Buy MILK", "buy bread"), Set.copyOf(titles(list(erin, "q=BUY"))));
    assertEquals(List.of("buy bread"), titles(list(erin, "q=bread&completed=true")));
    assertEquals(List.of("100% done_"), titles(list(erin, "q=" + encode("0% d"))));
    assertEquals(List.of("100% done_"), titles(list(erin, "q=" + encode("_"))));
    assertEquals(List.of(), titles(list(erin, "q=" + encode("%%"))));
    assertEquals(6, list(erin, "q=").size());
  }

  @Test
  void searchesDescriptionsTooCaseInsensitivelyAndLiterally() {
    TestUser jo = api.signUp("Jo");
    for (String[] task :
        new String[][] {
          {"Shopping", "oat MILK, 2 litres"},
          {"Buy milk", null},
          {"Call mum", "ask about 100% of the_plan"},
          {"Plain", null}
        }) {
      JsonObject body =
          task[1] == null
              ? Json.createObjectBuilder().add("title", task[0]).build()
              : Json.createObjectBuilder()
                  .add("title", task[0])
                  .add("description", task[1])
                  .build();
      HttpResult created = api.post(tasks(jo.id()), jo.jwt(), body.toString());
      assertEquals(201, created.status(), created::toString);
    }

    assertEquals(List.of("Buy milk", "Shopping"), titles(list(jo, "q=Milk")));
    assertEquals(List.of("Shopping"), titles(list(jo, "q=" + encode("2 LITRES"))));
    assertEquals(List.of("Call mum"), titles(list(jo, "q=" + encode("0% of the_"))));
    assertEquals(List.of(), titles(list(jo, "q=" + encode("the%plan"))));
    assertEquals(List.of("Buy milk", "Shopping"), titles(list(jo, "q=milk&sort=title")));
  }

  @Test
  void sortsEveryWay() {
    TestUser hal = smallCollection("Hal");
    long first = id(list(hal, "sort=created").get(0));
    HttpResult touched =
        api.patch(task(hal.id(), first), hal.jwt(), "{\"description\":\"touched last\"}");
    assertEquals(200, touched.status(), touched::toString);
    List<JsonObject> all = list(hal, "");

    assertEquals(sorted(all, by("created_at")), list(hal, "sort=created"));
    assertEquals(sorted(all, by("created_at").reversed()), list(hal, "sort=-created"));
    assertEquals(sorted(all, by("updated_at")), list(hal, "sort=updated"));
    assertEquals(sorted(all, by("updated_at").reversed()), list(hal, "sort=-updated"));
    assertEquals(first, id(list(hal, "sort=-updated").get(0)));
    assertEquals(
        List.of("100% done_", "apple", "buy bread", "Buy MILK", "Call mum", "Zebra"),
        titles(list(hal, "sort=title")),
        "letters before case, lower case first");
  }

  @Test
  void sortsTitlesAsPeopleReadThemOnEveryPage() {
    TestUser ida = api.signUp("Ida");
    for (String title : TitleOrderSample.CREATED) {
      create(ida, title);
    }
    List<String> expected = TitleOrderSample.SORTED;

    assertEquals(expected, titles(list(ida, "sort=title")));
    for (int size = 1; size <= 3; size++) {
      List<String> paged = new ArrayList<>();
      String next = tasks(ida.id()) + "?sort=title&limit=" + size;
      while (next != null) {
        HttpResult answer = api.get(next, ida.jwt());
        assertEquals(200, answer.status(), answer::toString);
        answer.array().forEach(task -> paged.add(task.asJsonObject().getString("title")));
        next = answer.header("Link").map(TaskListingIT::nextUrl).orElse(null);
      }
      assertEquals(expected, paged, "pages of " + size);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"-created", "created", "title", "-updated", "updated"})
  void pagesOverAThousandTasksWithoutSkippingOrRepeatingWhileTasksAreAdded(String sort) {
    TestUser frank = api.signUp("Frank");
    table.insertMany(frank.id(), 1000, "bulk ", Instant.parse("2026-01-01T00:00:00Z"));
    Set<Long> atStart = ids(table.ofUser(frank.id()));
    assertEquals(1000, atStart.size());

    List<Long> seen = new ArrayList<>();
    List<JsonObject> page = new ArrayList<>();
    String next = tasks(frank.id()) + "?sort=" + encode(sort) + "&limit=37";
    int pages = 0;
    while (next != null) {
      HttpResult answer = api.get(next, frank.jwt());
      assertEquals(200, answer.status(), answer::toString);
      page = answer.array().stream().map(JsonValue::asJsonObject).toList();
      page.forEach(task -> seen.add(id(task)));
      next = answer.header("Link").map(TaskListingIT::nextUrl).orElse(null);
      assertTrue(next == null || page.size() == 37, "only the last page is short");
      table.insertMany(frank.id(), 3, "added while paging ", Instant.now());
      create(frank, "added through the API while paging");
      pages++;
    }

    assertEquals(new HashSet<>(seen).size(), seen.size(), "a task was repeated");
    assertTrue(seen.containsAll(atStart), "a task that existed all along was skipped");
    assertTrue(pages >= 28, "1,000 tasks in pages of 37 take at least 28 pages");
    assertFalse(page.isEmpty(), "no empty trailing page");
  }

  @Test
  void theTotalIsCountedOnlyWhenAskedForAndFollowsTheFilters() {
    TestUser nell = api.signUp("Nell");
    table.insertMany(nell.id(), 1234, "bulk ", Instant.parse("2026-03-01T00:00:00Z"));
    create(nell, "through the API");

    HttpResult plain = api.get(tasks(nell.id()) + "?limit=50", nell.jwt());
    assertEquals(200, plain.status(), plain::toString);
    assertTrue(plain.header("X-Total-Count").isEmpty(), "no count unless asked");
    HttpResult counted = api.get(tasks(nell.id()) + "?limit=50&count=true", nell.jwt());
    assertEquals(50, counted.array().size());
    assertEquals("1235", counted.header("X-Total-Count").orElseThrow());
    String next = nextUrl(counted.header("Link").orElseThrow());
    assertTrue(next.contains("count=true"), next);
    HttpResult second = api.get(next, nell.jwt());
    assertEquals("1235", second.header("X-Total-Count").orElseThrow(), "on every page");
    long completed = table.ofUser(nell.id()).stream().filter(TasksTable.Row::completed).count();
    HttpResult filtered =
        api.get(tasks(nell.id()) + "?status=completed&limit=5&count=true", nell.jwt());
    assertEquals(String.valueOf(completed), filtered.header("X-Total-Count").orElseThrow());
    HttpResult searched = api.get(tasks(nell.id()) + "?q=through&count=true", nell.jwt());
    assertEquals("1", searched.header("X-Total-Count").orElseThrow());
    HttpResult bad = api.get(tasks(nell.id()) + "?count=1", nell.jwt());
    assertEquals(400, bad.status(), bad::toString);
    assertEquals("Invalid value for 'count': expected true or false", bad.detail());
  }

  @Test
  void theNextLinkKeepsTheFiltersAndStopsAtTheEnd() {
    TestUser gina = api.signUp("Gina");
    table.insertMany(gina.id(), 150, "bulk ", Instant.parse("2026-02-01T00:00:00Z"));

    HttpResult first = api.get(tasks(gina.id()) + "?status=completed&q=bulk&limit=20", gina.jwt());
    String link = nextUrl(first.header("Link").orElseThrow());

    assertTrue(link.startsWith(tasks(gina.id()) + "?"), link);
    assertTrue(link.contains("completed=true"), link);
    assertTrue(link.contains("q=bulk"), link);
    assertTrue(link.contains("sort=-created"), link);
    assertTrue(link.contains("limit=20"), link);
    List<Long> all = new ArrayList<>();
    String next = tasks(gina.id()) + "?completed=true&limit=7";
    while (next != null) {
      HttpResult answer = api.get(next, gina.jwt());
      answer
          .array()
          .forEach(
              task -> {
                assertTrue(task.asJsonObject().getBoolean("completed"));
                all.add(id(task.asJsonObject()));
              });
      next = answer.header("Link").map(TaskListingIT::nextUrl).orElse(null);
    }
    assertEquals(50, all.size(), "every third of 150 is completed");
    assertEquals(list(gina, "completed=true").stream().map(TaskListingIT::id).toList(), all);
  }

  private static List<JsonObject> sorted(List<JsonObject> tasks, Comparator<JsonObject> order) {
    List<JsonObject> copy = new ArrayList<>(tasks);
    copy.sort(order);
    return copy;
  }

  private static Set<Long> ids(List<TasksTable.Row> rows) {
    Set<Long> ids = new HashSet<>();
    rows.forEach(row -> ids.add(row.id()));
    return ids;
  }

  private static String nextUrl(String link) {
    Matcher matcher = NEXT.matcher(link);
    assertTrue(matcher.matches(), link);
    return matcher.group(1);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
