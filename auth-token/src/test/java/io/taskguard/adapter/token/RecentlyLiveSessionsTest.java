package io.taskguard.adapter.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.domain.session.SessionId;
import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentlyLiveSessionsTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:14:08Z");

  private final AtomicLong nanos = new AtomicLong();
  private final RecentlyLiveSessions memory =
      new RecentlyLiveSessions(100, nanos::get, Runnable::run);
  private final UserId ada = UserId.random();
  private final UserId bob = UserId.random();

  @Test
  void remembersASessionForItsUserOnly() {
    SessionId laptop = SessionId.random();
    memory.remember(laptop, ada, NOW);

    assertEquals(Optional.of(NOW), memory.liveAt(laptop, ada));
    assertEquals(Optional.empty(), memory.liveAt(laptop, bob));
    assertEquals(Optional.empty(), memory.liveAt(SessionId.random(), ada));
  }

  @Test
  void holdsNoMoreThanItsBound() {
    for (int i = 0; i < 1_000; i++) {
      memory.remember(SessionId.random(), ada, NOW);
    }

    assertTrue(memory.size() <= 100, () -> memory.size() + " entries");
  }

  @Test
  void anEntryLeavesOnceItIsKeptForLongEnough() {
    SessionId laptop = SessionId.random();
    memory.remember(laptop, ada, NOW);

    nanos.addAndGet(RecentlyLiveSessions.KEPT_FOR.toNanos() - 1);
    assertEquals(Optional.of(NOW), memory.liveAt(laptop, ada));
    nanos.incrementAndGet();
    assertEquals(Optional.empty(), memory.liveAt(laptop, ada));
    assertEquals(0, memory.size());
  }

  @Test
  void forgetsOneSessionOrEverySessionOfAUser() {
    SessionId laptop = SessionId.random();
    SessionId phone = SessionId.random();
    SessionId bobs = SessionId.random();
    memory.remember(laptop, ada, NOW);
    memory.remember(phone, ada, NOW);
    memory.remember(bobs, bob, NOW);

    memory.forget(laptop);
    assertEquals(Optional.empty(), memory.liveAt(laptop, ada));
    assertEquals(Optional.of(NOW), memory.liveAt(phone, ada));

    memory.forgetUser(ada);
    assertEquals(Optional.empty(), memory.liveAt(phone, ada));
    assertEquals(Optional.of(NOW), memory.liveAt(bobs, bob));
  }
}
