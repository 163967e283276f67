package io.taskguard.systemtest.concurrency;

import static io.taskguard.testsupport.TaskApi.task;
import static io.taskguard.testsupport.TaskApi.tasks;
import static io.taskguard.testsupport.TaskAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.TaskApi;
import io.taskguard.testsupport.TasksTable;
import io.taskguard.testsupport.TestUser;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fifty writers on one task at the same moment. With {@code If-Match}, every 200 is exactly one
 * version step from the version its writer read, no two 200s share a version, the final version
 * counts the 200s, the final content is that of the last 200, and every other writer gets 412 JSON.
 * Without {@code If-Match}, writers changing different fields lose nothing: each field ends with
 * the value of the last 200 that wrote it. (TaskConcurrencyIT covers ten writers with one shared
 * ETag.)
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class TaskRaceIT {

  static final int WRITERS = 50;
  static final String STALE = "Task was changed by another request";

  static final TaskApi api = new TaskApi();
  static final TasksTable table = new TasksTable();
  static TestUser owner;

  /** One write: the version its writer expected (-1 for none) and the answer it got. */
  record Write(long expected, String field, HttpResult answer) {}

  @BeforeAll
  static void anOwner() {
    owner = api.signUp("Racer");
  }

  static long newTask() {
    HttpResult created = api.post(tasks(owner.id()), owner.jwt(), "{\"title\":\"contested\"}");
    assertEquals(201, created.status(), created::toString);
    return created.object().getJsonNumber("id").longValue();
  }

  static long version(HttpResult answer) {
    String tag = answer.header("ETag").orElseThrow(() -> new AssertionError(answer.toString()));
    return Long.parseLong(tag.substring(tag.lastIndexOf('-') + 1, tag.length() - 1));
  }

  static HttpResult patch(long id, String body, String ifMatch) {
    return api.send(
        "PATCH",
        task(owner.id(), id),
        owner.jwt(),
        TaskApi.JSON,
        body,
        ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
  }

  @Test
  void conditionalUpdatesAreEachAppliedOnceOrRefused() throws Exception {
    long id = newTask();
    List<Callable<List<Write>>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      writers.add(
          () -> {
            List<Write> writes = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
              HttpResult read = api.get(task(owner.id(), id), owner.jwt());
              String title = "writer " + writer + " round " + round;
              HttpResult answer =
                  patch(id, "{\"title\":\"" + title + "\"}", read.header("ETag").orElseThrow());
              writes.add(new Write(version(read), "title", answer));
            }
            return writes;
          });
    }
    List<Write> writes = Together.run(writers, 120).stream().flatMap(List::stream).toList();

    List<Write> won = writes.stream().filter(w -> w.answer().status() == 200).toList();
    writes.stream()
        .filter(w -> w.answer().status() != 200)
        .forEach(w -> assertError(w.answer(), 412, STALE));
    for (Write write : won) {
      assertEquals(write.expected() + 1, version(write.answer()), write.answer()::toString);
    }
    assertEquals(won.size(), won.stream().map(w -> version(w.answer())).distinct().count());
    TasksTable.Row row = table.find(id).orElseThrow();
    assertTrue(won.size() >= 1);
    assertEquals(won.size(), row.version(), "final version = initial 0 + number of 200s");
    Write last = won.stream().max(Comparator.comparingLong(w -> version(w.answer()))).get();
    assertEquals(last.answer().object().getString("title"), row.title());
    System.out.printf(
        "TaskRaceIT: %d conditional PATCHes, %d answered 200, %d answered 412%n",
        writes.size(), won.size(), writes.size() - won.size());
  }

  @Test
  void unconditionalPatchesOfDifferentFieldsLoseNothing() throws Exception {
    long id = newTask();
    List<Callable<Write>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      String field = List.of("title", "description", "completed").get(w % 3);
      String value = field.equals("completed") ? String.valueOf(w % 2 == 0) : "\"" + w + "\"";
      writers.add(() -> new Write(-1, field, patch(id, "{\"" + field + "\":" + value + "}", null)));
    }
    List<Write> writes = Together.run(writers, 120);

    writes.forEach(w -> assertEquals(200, w.answer().status(), w.answer()::toString));
    assertEquals(
        WRITERS, writes.stream().map(w -> version(w.answer())).distinct().count(), "one each");
    TasksTable.Row row = table.find(id).orElseThrow();
    assertEquals(WRITERS, row.version(), "no change lost, none applied twice");
    JsonObject stored = api.get(task(owner.id(), id), owner.jwt()).object();
    for (String field : List.of("title", "description", "completed")) {
      Write last =
          writes.stream()
              .filter(w -> w.field().equals(field))
              .max(Comparator.comparingLong(w -> version(w.answer())))
              .orElseThrow();
      assertEquals(last.answer().object().get(field), stored.get(field), field);
    }
  }
}
