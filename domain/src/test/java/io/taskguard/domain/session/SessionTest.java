package io.taskguard.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionTest {

  private static final SessionId ID = new SessionId("s-1");
  private static final UserId USER = new UserId("u-1");
  private static final Instant CREATED = Instant.parse("2026-04-01T09:00:00Z");
  private static final Instant EXPIRES = CREATED.plus(Duration.ofDays(7));

  private final Session session =
      new Session(ID, USER, EXPIRES, CREATED, CREATED, "203.0.113.9", "Firefox");

  @Test
  void isLiveUntilTheInstantItExpires() {
    assertTrue(session.isLiveAt(CREATED));
    assertTrue(session.isLiveAt(EXPIRES.minusNanos(1)));
    assertFalse(session.isLiveAt(EXPIRES));
    assertFalse(session.isLiveAt(EXPIRES.plusNanos(1)));
    assertFalse(session.isLiveAt(EXPIRES.plus(Duration.ofDays(365))));
  }

  @Test
  void mayOmitTheClientDetailsButNothingElse() {
    Session bare = new Session(ID, USER, EXPIRES, CREATED, CREATED, null, null);
    assertNull(bare.ipAddress());
    assertNull(bare.userAgent());

    assertMissing("id", () -> new Session(null, USER, EXPIRES, CREATED, CREATED, null, null));
    assertMissing("userId", () -> new Session(ID, null, EXPIRES, CREATED, CREATED, null, null));
    assertMissing("expiresAt", () -> new Session(ID, USER, null, CREATED, CREATED, null, null));
    assertMissing("createdAt", () -> new Session(ID, USER, EXPIRES, null, CREATED, null, null));
    assertMissing("updatedAt", () -> new Session(ID, USER, EXPIRES, CREATED, null, null, null));
  }

  private static void assertMissing(String field, Runnable construction) {
    NullPointerException error = assertThrows(NullPointerException.class, construction::run);
    assertEquals(field, error.getMessage());
  }
}
