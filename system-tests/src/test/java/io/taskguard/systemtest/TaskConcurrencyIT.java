package io.taskguard.systemtest;

import static io.taskguard.testsupport.TaskApi.task;
import static io.taskguard.testsupport.TaskApi.tasks;
import static io.taskguard.testsupport.TaskAssertions.assertError;
import static io.taskguard.testsupport.TaskAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.TaskApi;
import io.taskguard.testsupport.TasksTable;
import io.taskguard.testsupport.TestUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Versions on the wire: the ETag of every answer, If-Match on PUT, PATCH and DELETE, and what
 * happens when several requests change one task at the same moment: with one If-Match, exactly one
 * wins; without, every change is applied exactly once.
 */
class TaskConcurrencyIT {

  static final String STALE = "Task was changed by another request";
  static final int THREADS = 10;

  static final TaskApi api = new TaskApi();
  static final TasksTable table = new TasksTable();
  static final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
  static TestUser ida;
  static TestUser jo;

  @BeforeAll
  static void users() {
    ida = api.signUp("Ida");
    jo = api.signUp("Jo");
  }

  @AfterAll
  static void stopThreads() {
    pool.shutdownNow();
  }

  static HttpResult create(TestUser user, String title) {
    HttpResult created = api.post(tasks(user.id()), user.jwt(), "{\"title\":\"" + title + "\"}");
    assertEquals(201, created.status(), created::toString);
    return created;
  }

  static long id(HttpResult answer) {
    return answer.object().getJsonNumber("id").longValue();
  }

  static HttpResult send(String method, String path, String body, String ifMatch) {
    return api.send(
        method,
        path,
        ida.jwt(),
        body == null ? null : TaskApi.JSON,
        body,
        ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
  }

  static String etag(HttpResult answer) {
    return answer.header("ETag").orElseThrow(() -> new AssertionError("no ETag: " + answer));
  }

  @Test
  void everyAnswerCarriesTheCurrentVersionAndIfMatchChecksIt() {
    HttpResult created = create(ida, "draft");
    long id = id(created);
    String path = task(ida.id(), id);
    String v0 = etag(created);

    assertEquals("\"" + id + "-0\"", v0);
    assertEquals(v0, etag(api.get(path, ida.jwt())));

    HttpResult put = send("PUT", path, "{\"title\":\"v1\",\"completed\":false}", v0);
    assertEquals(200, put.status(), put::toString);
    String v1 = etag(put);
    assertEquals("\"" + id + "-1\"", v1);
    assertTrue(
        put.object().getString("updated_at").compareTo(created.object().getString("updated_at"))
            > 0,
        "updated_at moves");

    assertRefused(
        table, 412, STALE, () -> send("PUT", path, "{\"title\":\"lost\",\"completed\":true}", v0));
    assertRefused(table, 412, STALE, () -> send("PATCH", path, "{\"completed\":true}", v0));
    assertRefused(table, 412, STALE, () -> send("PATCH", path, "{\"completed\":true}", "W/" + v1));
    assertRefused(table, 412, STALE, () -> send("DELETE", path, null, v0));
    assertRefused(table, 412, STALE, () -> send("PATCH", path, "{}", v0));

    HttpResult listed = send("PATCH", path, "{\"completed\":true}", v0 + ", " + v1);
    assertEquals(200, listed.status(), listed::toString);
    String v2 = etag(listed);
    HttpResult empty = send("PATCH", path, "{}", v2);
    assertEquals(200, empty.status(), empty::toString);
    assertEquals(v2, etag(empty), "an empty patch changes nothing");
    HttpResult star = send("PATCH", path, "{\"description\":\"any\"}", "*");
    assertEquals(200, star.status(), star::toString);
    assertEquals(3, table.find(id).orElseThrow().version());

    assertEquals(204, send("DELETE", path, null, etag(star)).status());
    assertTrue(table.find(id).isEmpty());
    assertError(send("DELETE", path, null, "*"), 404, "Task not found");
  }

  @Test
  void ifMatchOnSomeoneElsesTaskIsStillNotFound() {
    HttpResult theirs = create(jo, "theirs");
    String path = task(ida.id(), id(theirs));

    assertRefused(
        table,
        404,
        "Task not found",
        () -> send("PUT", path, "{\"title\":\"t\",\"completed\":true}", etag(theirs)));
    assertRefused(table, 404, "Task not found", () -> send("DELETE", path, null, "*"));
  }

  @Test
  void ofConcurrentReplacementsWithOneETagExactlyOneWins() throws Exception {
    HttpResult created = create(ida, "contested");
    long id = id(created);
    String v0 = etag(created);

    List<HttpResult> answers =
        all(
            i ->
                () ->
                    send(
                        "PUT",
                        task(ida.id(), id),
                        "{\"title\":\"writer " + i + "\",\"completed\":true}",
                        v0));

    List<HttpResult> won = answers.stream().filter(answer -> answer.status() == 200).toList();
    assertEquals(1, won.size(), answers::toString);
    answers.stream()
        .filter(answer -> answer.status() != 200)
        .forEach(answer -> assertError(answer, 412, STALE));
    TasksTable.Row row = table.find(id).orElseThrow();
    assertEquals(1, row.version());
    assertEquals(won.get(0).object().getString("title"), row.title());
  }

  @Test
  void concurrentReplacementsWithoutIfMatchAreEachAppliedOnce() throws Exception {
    long id = id(create(ida, "unconditional"));

    List<HttpResult> answers =
        all(
            i ->
                () ->
                    send(
                        "PUT",
                        task(ida.id(), id),
                        "{\"title\":\"writer " + i + "\",\"completed\":false}",
                        null));

    answers.forEach(answer -> assertEquals(200, answer.status(), answer::toString));
    TasksTable.Row row = table.find(id).orElseThrow();
    assertEquals(THREADS, row.version(), "no change lost, none applied twice");
    List<String> versions = new ArrayList<>();
    answers.forEach(answer -> versions.add(etag(answer)));
    assertEquals(THREADS, versions.stream().distinct().count(), "each answer saw its own version");
  }

  @Test
  void ofConcurrentDeletionsExactlyOneRemovesTheTask() throws Exception {
    HttpResult created = create(ida, "doomed");
    long id = id(created);

    List<HttpResult> answers =
        all(i -> () -> send("DELETE", task(ida.id(), id), null, etag(created)));

    assertEquals(
        1, answers.stream().filter(answer -> answer.status() == 204).count(), answers::toString);
    answers.stream()
        .filter(answer -> answer.status() != 204)
        .forEach(answer -> assertError(answer, 404, "Task not found"));
    assertTrue(table.find(id).isEmpty());
  }

  /** Runs {@link #THREADS} calls released at the same instant and returns their answers. */
  private static List<HttpResult> all(IntFunction<Callable<HttpResult>> call) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResult>> running = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      Callable<HttpResult> request = call.apply(i);
      running.add(
          pool.submit(
              () -> {
                start.await();
                return request.call();
              }));
    }
    start.countDown();
    List<HttpResult> answers = new ArrayList<>();
    for (Future<HttpResult> answer : running) {
      answers.add(answer.get(60, TimeUnit.SECONDS));
    }
    return answers;
  }
}
