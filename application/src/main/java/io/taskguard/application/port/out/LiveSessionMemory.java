package io.taskguard.application.port.out;

import io.taskguard.domain.session.SessionId;
import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * What this server remembers of sessions it recently found live, so that not every request asks the
 * store. Per server, not shared; bounded in size, and an entry may leave at any time (an entry
 * missing costs one lookup in the store, never a wrong answer). How old a remembered answer may be
 * and still count is the caller's rule.
 */
public interface LiveSessionMemory {

  /**
   * When this server last found {@code id} live as a session of {@code userId}, if it remembers.
   */
  Optional<Instant> liveAt(SessionId id, UserId userId);

  void remember(SessionId id, UserId userId, Instant liveAt);

  void forget(SessionId id);

  void forgetUser(UserId userId);
}
