package io.taskguard.application.service;

import io.taskguard.application.port.in.SessionCheckUseCase;
import io.taskguard.application.port.out.LiveSessionMemory;
import io.taskguard.application.port.out.SessionRepository;
import io.taskguard.domain.session.SessionId;
import io.taskguard.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Answers "is this JWT's session still live?" for every task API request. Live answers are
 * remembered ({@link LiveSessionMemory}, bounded) and trusted for at most {@link #FRESHNESS}, so a
 * sign-out on any server is honoured everywhere within that bound while the database sees at most
 * one lookup per session per interval.
 */
@ApplicationScoped
public class SessionCheck implements SessionCheckUseCase {

  /** How old a remembered "live" may be. Sign-out must be seen within one second. */
  static final Duration FRESHNESS = Duration.ofMillis(500);

  private final SessionRepository sessions;
  private final LiveSessionMemory remembered;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected SessionCheck() {
    this(null, null, null);
  }

  @Inject
  public SessionCheck(SessionRepository sessions, LiveSessionMemory remembered, Clock clock) {
    this.sessions = sessions;
    this.remembered = remembered;
    this.clock = clock;
  }

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
    UserId user = new UserId(userId);
    Instant now = clock.instant();
    Optional<Instant> known = remembered.liveAt(id, user);
    if (known.isPresent() && known.get().plus(FRESHNESS).isAfter(now)) {
      return true;
    }
    boolean live = sessions.isLive(id, user, now);
    if (live) {
      remembered.remember(id, user, now);
    } else {
      remembered.forget(id);
    }
    return live;
  }

  /** Drops what this server remembers of a session that just ended here. */
  void forget(SessionId id) {
    remembered.forget(id);
  }

  /** Drops what this server remembers of every session of a user whose sessions just ended. */
  void forgetUser(UserId userId) {
    remembered.forgetUser(userId);
  }
}
