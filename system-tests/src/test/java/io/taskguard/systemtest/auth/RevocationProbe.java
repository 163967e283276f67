package io.taskguard.systemtest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.HttpResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Watches JWTs on the task API until every one of them is refused as a revoked token. */
final class RevocationProbe {

  private RevocationProbe() {}

  /**
   * Polls {@code GET /api/users/{userId}/tasks} with each of {@code jwts} until each is refused
   * with the task API's 401; returns the time from {@code sinceNanos} until the last was refused.
   * Fails when some JWT is still accepted after {@code limit}.
   */
  static Duration awaitRefused(
      AuthApi auth, String userId, List<String> jwts, Duration limit, long sinceNanos) {
    List<String> pending = new ArrayList<>(jwts);
    long deadline = sinceNanos + limit.toNanos();
    while (true) {
      for (String jwt : List.copyOf(pending)) {
        HttpResult answer = auth.tasks(userId, jwt);
        if (answer.status() == 401) {
          assertEquals("{\"detail\":\"Not authenticated\"}", answer.body());
          assertEquals(
              "Bearer error=\"invalid_token\"", answer.header("WWW-Authenticate").orElse(""));
          pending.remove(jwt);
        } else {
          assertEquals(200, answer.status(), answer::toString);
        }
      }
      long now = System.nanoTime();
      if (pending.isEmpty()) {
        return Duration.ofNanos(now - sinceNanos);
      }
      assertTrue(now < deadline, () -> pending.size() + " JWTs still accepted after " + limit);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
