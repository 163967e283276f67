package io.taskguard.systemtest;

import static io.taskguard.testsupport.TaskApi.task;
import static io.taskguard.testsupport.TaskApi.tasks;
import static io.taskguard.testsupport.TaskAssertions.assertError;
import static io.taskguard.testsupport.TaskAssertions.assertNotAuthenticated;
import static io.taskguard.testsupport.TaskAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.TaskApi;
import io.taskguard.testsupport.TasksTable;
import io.taskguard.testsupport.TestUser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ownership and authentication matrix of the task API on a real server and database: two users,
 * the six endpoints, and for each the caller's own path, the other user's path (403), the other
 * user's task id under the caller's own path (404, item endpoints only, since the collection
 * endpoints take no task id), no token and a garbage token (401). Every refused call is checked for
 * its exact body and for leaving the tasks table exactly as it was.
 */
class TaskApiIT {

  enum Endpoint {
    LIST("GET", false),
    CREATE("POST", false),
    GET("GET", true),
    REPLACE("PUT", true),
    UPDATE("PATCH", true),
    DELETE("DELETE", true);

    final String method;
    final boolean item;

    Endpoint(String method, boolean item) {
      this.method = method;
      this.item = item;
    }

    String body() {
      return switch (this) {
        case CREATE -> "{\"title\":\"created by the matrix\",\"description\":\"d\"}";
        case REPLACE -> "{\"title\":\"replaced by the matrix\",\"completed\":true}";
        case UPDATE -> "{\"completed\":true}";
        default -> null;
      };
    }
  }

  static final TaskApi api = new TaskApi();
  static final TasksTable table = new TasksTable();
  static TestUser alice;
  static TestUser bob;

  @BeforeAll
  static void twoUsersWithATaskEach() {
    alice = api.signUp("Alice");
    bob = api.signUp("Bob");
    createTask(alice, "alice's first");
    createTask(bob, "bob's first");
  }

  static long createTask(TestUser user, String title) {
    HttpResult created =
        api.post(
            tasks(user.id()),
            user.jwt(),
            Json.createObjectBuilder().add("title", title).build().toString());
    assertEquals(201, created.status(), created::toString);
    return created.object().getJsonNumber("id").longValue();
  }

  static Stream<Arguments> usersAndEndpoints() {
    return Stream.of("alice", "bob")
        .flatMap(who -> Stream.of(Endpoint.values()).map(endpoint -> Arguments.of(who, endpoint)));
  }

  static Stream<Arguments> usersAndItemEndpoints() {
    return usersAndEndpoints().filter(arguments -> ((Endpoint) arguments.get()[1]).item);
  }

  private static TestUser user(String who) {
    return who.equals("alice") ? alice : bob;
  }

  private static TestUser other(String who) {
    return who.equals("alice") ? bob : alice;
  }

  private static HttpResult call(Endpoint endpoint, String pathUser, Long taskId, String token) {
    String path = endpoint.item ? task(pathUser, taskId) : tasks(pathUser);
    String body = endpoint.body();
    return api.send(
        endpoint.method, path, token, body == null ? null : TaskApi.JSON, body, Map.of());
  }

  @ParameterizedTest(name = "{0} {1} on their own path")
  @MethodSource("usersAndEndpoints")
  void ownPath(String who, Endpoint endpoint) {
    TestUser me = user(who);
    long mine = createTask(me, "own path " + endpoint);
    HttpResult answer = call(endpoint, me.id(), mine, me.jwt());

    switch (endpoint) {
      case LIST -> {
        assertEquals(200, answer.status(), answer::toString);
        Set<Long> listed =
            answer.array().stream()
                .map(JsonValue::asJsonObject)
                .peek(task -> assertEquals(me.id(), task.getString("user_id")))
                .map(task -> task.getJsonNumber("id").longValue())
                .collect(Collectors.toSet());
        Set<Long> stored =
            table.ofUser(me.id()).stream().map(TasksTable.Row::id).collect(Collectors.toSet());
        assertEquals(stored, listed);
      }
      case CREATE -> {
        assertEquals(201, answer.status(), answer::toString);
        JsonObject task = answer.object();
        long id = task.getJsonNumber("id").longValue();
        assertTrue(answer.header("Location").orElse("").endsWith(task(me.id(), id)));
        assertEquals("\"" + id + "-0\"", answer.header("ETag").orElse(""));
        assertEquals(me.id(), table.find(id).orElseThrow().userId());
        assertEquals("created by the matrix", task.getString("title"));
      }
      case GET -> {
        assertEquals(200, answer.status(), answer::toString);
        assertEquals(mine, answer.object().getJsonNumber("id").longValue());
        assertEquals("\"" + mine + "-0\"", answer.header("ETag").orElse(""));
      }
      case REPLACE -> {
        assertEquals(200, answer.status(), answer::toString);
        TasksTable.Row row = table.find(mine).orElseThrow();
        assertEquals("replaced by the matrix", row.title());
        assertTrue(row.completed());
        assertEquals(1, row.version());
      }
      case UPDATE -> {
        assertEquals(200, answer.status(), answer::toString);
        assertTrue(table.find(mine).orElseThrow().completed());
        assertEquals("\"" + mine + "-1\"", answer.header("ETag").orElse(""));
      }
      case DELETE -> {
        assertEquals(204, answer.status(), answer::toString);
        assertEquals("", answer.body());
        assertFalse(table.find(mine).isPresent());
      }
    }
  }

  @ParameterizedTest(name = "{0} {1} on the other user's path")
  @MethodSource("usersAndEndpoints")
  void otherUsersPathIsForbidden(String who, Endpoint endpoint) {
    TestUser me = user(who);
    TestUser them = other(who);
    long theirs = createTask(them, "theirs " + endpoint);
    long mine = createTask(me, "mine " + endpoint);

    assertRefused(table, 403, "Access denied", () -> call(endpoint, them.id(), theirs, me.jwt()));
    assertRefused(table, 403, "Access denied", () -> call(endpoint, them.id(), mine, me.jwt()));
  }

  @ParameterizedTest(name = "{0} {1} with the other user's task id")
  @MethodSource("usersAndItemEndpoints")
  void otherUsersTaskIsNotFound(String who, Endpoint endpoint) {
    TestUser me = user(who);
    long theirs = createTask(other(who), "theirs " + endpoint);
    long missing = theirs + 1_000_000;

    HttpResult forTheirs =
        assertRefused(
            table, 404, "Task not found", () -> call(endpoint, me.id(), theirs, me.jwt()));
    HttpResult forMissing =
        assertRefused(
            table, 404, "Task not found", () -> call(endpoint, me.id(), missing, me.jwt()));
    assertEquals(forMissing.body(), forTheirs.body());
  }

  @ParameterizedTest(name = "{0} {1} without a token")
  @MethodSource("usersAndEndpoints")
  void noTokenIsNotAuthenticated(String who, Endpoint endpoint) {
    TestUser me = user(who);
    long mine = createTask(me, "no token " + endpoint);

    assertNotAuthenticated(table, () -> call(endpoint, me.id(), mine, null));
  }

  @ParameterizedTest(name = "{0} {1} with a garbage token")
  @MethodSource("usersAndEndpoints")
  void garbageTokenIsNotAuthenticated(String who, Endpoint endpoint) {
    TestUser me = user(who);
    long mine = createTask(me, "bad token " + endpoint);
    String[] parts = me.jwt().split("\\.");
    String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

    for (String token : new String[] {"garbage", "a.b.c", forged, me.jwt() + "x"}) {
      assertNotAuthenticated(table, () -> call(endpoint, me.id(), mine, token));
    }
  }

  @Test
  void aTaskReadsBackExactlyAsTheContractShapesIt() {
    HttpResult created =
        api.post(
            tasks(alice.id()),
            alice.jwt(),
            "{\"title\":\"  Buy milk  \",\"description\":null,\"id\":1,\"user_id\":\"x\"}");
    JsonObject task = created.object();
    long id = task.getJsonNumber("id").longValue();
    TasksTable.Row row = table.find(id).orElseThrow();

    assertEquals(
        Set.of(
            "id",
            "user_id",
            "title",
            "description",
            "completed",
            "created_at",
            "updated_at",
            "due_date"),
        task.keySet());
    assertEquals(alice.id(), task.getString("user_id"));
    assertEquals("Buy milk", task.getString("title"));
    assertEquals(JsonValue.NULL, task.get("description"));
    assertEquals(JsonValue.NULL, task.get("due_date"));
    assertEquals(JsonValue.FALSE, task.get("completed"));
    assertTrue(
        task.getString("created_at")
            .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"));
    assertEquals(row.createdAt(), Instant.parse(task.getString("created_at")));
    assertEquals(row.updatedAt(), Instant.parse(task.getString("updated_at")));
    assertEquals(task, api.get(task(alice.id(), id), alice.jwt()).object());
    assertError(api.get(task(alice.id(), id + 1_000_000), alice.jwt()), 404, "Task not found");
  }

  @Test
  void aTaskAndAShortListAreSentWhole() {
    long id =
        api.post(tasks(alice.id()), alice.jwt(), "{\"title\":\"Sent whole\"}")
            .object()
            .getJsonNumber("id")
            .longValue();
    for (HttpResult answer :
        List.of(
            api.get(task(alice.id(), id), alice.jwt()), api.get(tasks(alice.id()), alice.jwt()))) {
      assertEquals(200, answer.status(), answer::toString);
      assertEquals(
          Optional.of(String.valueOf(answer.body().getBytes(StandardCharsets.UTF_8).length)),
          answer.header("Content-Length"),
          answer::toString);
      assertEquals(Optional.empty(), answer.header("Transfer-Encoding"), answer::toString);
    }
  }
}
