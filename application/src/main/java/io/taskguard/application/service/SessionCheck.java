package io.taskguard.application.service;

import io.taskguard.application.port.in.SessionCheckUseCase;
import io.taskguard.application.port.out.SessionRepository;
import io.taskguard.domain.session.SessionId;
import io.taskguard.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers "is this JWT's session still live?" for every task API request. Live answers are
 * remembered for at most {@link #FRESHNESS}, so a sign-out on any server is honoured everywhere
 * within that bound while the database sees at most one lookup per session per interval.
 */
@ApplicationScoped
public class SessionCheck implements SessionCheckUseCase {

  /** How old a remembered "live" may be. Sign-out must be seen within one second. */
  static final Duration FRESHNESS = Duration.ofMillis(500);

  private static final int MAX_REMEMBERED = 100_000;

  private final SessionRepository sessions;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected SessionCheck() {
    this(null, null);
  }

  @Inject
  public SessionCheck(SessionRepository sessions, Clock clock) {
    this.sessions = sessions;
    this.clock = clock;
  }

  private final Map<SessionId, Remembered> remembered = new ConcurrentHashMap<>();

  private record Remembered(String userId, Instant checkedAt) {}

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isLive(String sessionId, String userId) {
    if (sessionId == null || userId == null || !UserId.isWellFormed(userId)) {
      return false;
    }
    SessionId id;
    try {
      id = new SessionId(sessionId);
    } catch (RuntimeException malformed) {
      return false;
    }
    Instant now = clock.instant();
    Remembered known = remembered.get(id);
    if (known != null
        && known.userId.equals(userId)
        && known.checkedAt.plus(FRESHNESS).isAfter(now)) {
      return true;
    }
    boolean live = sessions.isLive(id, new UserId(userId), now);
    if (live) {
      if (remembered.size() >= MAX_REMEMBERED) {
        remembered.clear();
      }
      remembered.put(id, new Remembered(userId, now));
    } else {
      remembered.remove(id);
    }
    return live;
  }

  /** Drops what this server remembers of a session that just ended here. */
  void forget(SessionId id) {
    remembered.remove(id);
  }

  /** Drops what this server remembers of every session of a user whose sessions just ended. */
  void forgetUser(UserId userId) {
    remembered.values().removeIf(known -> known.userId.equals(userId.value()));
  }
}
