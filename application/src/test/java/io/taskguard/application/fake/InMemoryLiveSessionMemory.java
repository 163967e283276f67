package io.taskguard.application.fake;

import io.taskguard.application.port.out.LiveSessionMemory;
import io.taskguard.domain.session.SessionId;
import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link LiveSessionMemory} that keeps every entry until it is forgotten. */
public class InMemoryLiveSessionMemory implements LiveSessionMemory {

  private record Remembered(UserId userId, Instant liveAt) {}

  private final Map<SessionId, Remembered> remembered = new ConcurrentHashMap<>();

  @Override
  public Optional<Instant> liveAt(SessionId id, UserId userId) {
    return Optional.ofNullable(remembered.get(id))
        .filter(known -> known.userId().equals(userId))
        .map(Remembered::liveAt);
  }

  @Override
  public void remember(SessionId id, UserId userId, Instant liveAt) {
    remembered.put(id, new Remembered(userId, liveAt));
  }

  @Override
  public void forget(SessionId id) {
    remembered.remove(id);
  }

  @Override
  public void forgetUser(UserId userId) {
    remembered.values().removeIf(known -> known.userId().equals(userId));
  }
}
