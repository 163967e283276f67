package io.taskguard.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.function.Supplier;

/** Assertions on task API answers, and on the database not moving under a refused call. */
public final class TaskAssertions {

  private TaskAssertions() {}

  /** The answer is {@code status} with exactly {@code {"detail": detail}} as JSON. */
  public static void assertError(HttpResult answer, int status, String detail) {
    assertEquals(status, answer.status(), answer::toString);
    assertTrue(
        answer.header("Content-Type").orElse("").startsWith("application/json"), answer::toString);
    assertEquals(
        Json.createObjectBuilder().add("detail", detail).build(), answer.json(), answer::toString);
  }

  /**
   * Runs {@code call}, which must be refused as {@code status}/{@code detail}, changing nothing.
   */
  public static HttpResult assertRefused(
      TasksTable table, int status, String detail, Supplier<HttpResult> call) {
    TasksTable.Snapshot before = table.snapshot();
    HttpResult answer = call.get();
    assertError(answer, status, detail);
    assertEquals(before, table.snapshot(), () -> "the tasks table changed after " + answer);
    return answer;
  }

  /** A 401 as the contract has it: JSON body and a Bearer challenge. */
  public static void assertNotAuthenticated(TasksTable table, Supplier<HttpResult> call) {
    HttpResult answer = assertRefused(table, 401, "Not authenticated", call);
    assertTrue(answer.header("WWW-Authenticate").orElse("").startsWith("Bearer"), answer::toString);
  }
}
