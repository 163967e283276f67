package io.taskguard.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a server answers while its database is unreachable. */
public final class OutageAnswers {

  private OutageAnswers() {}

  /** 503, JSON in the dialect of the API addressed, {@code Retry-After: 5}. */
  public static void assertUnavailable(HttpResult answer, boolean authApi) {
    assertEquals(503, answer.status(), answer::toString);
    assertTrue(
        answer.header("Content-Type").orElse("").startsWith("application/json"), answer::toString);
    assertEquals("5", answer.header("Retry-After").orElse(""), answer::toString);
    if (authApi) {
      assertEquals(
          "{\"message\":\"Service temporarily unavailable\",\"code\":\"SERVICE_UNAVAILABLE\"}",
          answer.body());
    } else {
      assertEquals("{\"detail\":\"Service temporarily unavailable\"}", answer.body());
    }
  }
}
