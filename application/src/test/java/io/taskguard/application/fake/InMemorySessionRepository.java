package io.taskguard.application.fake;

import io.taskguard.application.port.out.SessionRepository;
import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.session.Session;
import io.taskguard.domain.session.SessionId;
import io.taskguard.domain.user.User;
import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A {@link SessionRepository} in memory. Sessions are found by token hash only; revoking one marks
 * it, as the store does, so a test can see whether and when it ended. {@link #isLive} and {@link
 * #findLiveWithUser} look the user up in the given {@link UserRepository}, as the store joins it.
 */
public class InMemorySessionRepository implements SessionRepository {

  private static final class Stored {
    Session session;
    final byte[] tokenHash;
    Instant revokedAt;

    Stored(Session session, byte[] tokenHash) {
      this.session = session;
      this.tokenHash = tokenHash.clone();
    }

    boolean liveAt(Instant now) {
      return revokedAt == null && session.isLiveAt(now);
    }
  }

  private final Map<SessionId, Stored> sessions = new LinkedHashMap<>();
  private final UserRepository users;

  public InMemorySessionRepository(UserRepository users) {
    this.users = users;
  }

  @Override
  public synchronized void add(Session session, byte[] tokenHash) {
    if (sessions.putIfAbsent(session.id(), new Stored(session, tokenHash)) != null) {
      throw new IllegalStateException("session " + session.id() + " already stored");
    }
  }

  @Override
  public synchronized Optional<Session> findLive(byte[] tokenHash, Instant now) {
    return sessions.values().stream()
        .filter(stored -> Arrays.equals(stored.tokenHash, tokenHash) && stored.liveAt(now))
        .map(stored -> stored.session)
        .findFirst();
  }

  @Override
  public synchronized Optional<SessionOfUser> findLiveWithUser(byte[] tokenHash, Instant now) {
    return findLive(tokenHash, now)
        .flatMap(session -> users.findById(session.userId()).map(user -> of(session, user)));
  }

  private static SessionOfUser of(Session session, User user) {
    return new SessionOfUser(session, user);
  }

  @Override
  public synchronized boolean isLive(SessionId id, UserId userId, Instant now) {
    Stored stored = sessions.get(id);
    return stored != null
        && stored.session.userId().equals(userId)
        && stored.liveAt(now)
        && users.findById(userId).isPresent();
  }

  @Override
  public synchronized List<Session> listLive(UserId userId, Instant now) {
    return live(userId, now, stored -> true).stream()
        .map(stored -> stored.session)
        .sorted(
            Comparator.comparing(Session::createdAt)
                .reversed()
                .thenComparing(session -> session.id().value()))
        .toList();
  }

  @Override
  public synchronized void markUsed(SessionId id, Instant now) {
    Stored stored = sessions.get(id);
    if (stored != null && stored.liveAt(now) && stored.session.updatedAt().isBefore(now)) {
      stored.session = stored.session.usedAt(now);
    }
  }

  @Override
  public synchronized void markSteppedUp(SessionId id, Instant now) {
    Stored stored = sessions.get(id);
    if (stored != null && stored.liveAt(now)) {
      stored.session = stored.session.steppedUpAt(now);
    }
  }

  @Override
  public synchronized boolean revoke(UserId userId, SessionId id, Instant now) {
    return markRevoked(live(userId, now, stored -> stored.session.id().equals(id)), now) == 1;
  }

  @Override
  public synchronized int revokeAllBut(UserId userId, SessionId keep, Instant now) {
    return markRevoked(live(userId, now, stored -> !stored.session.id().equals(keep)), now);
  }

  @Override
  public synchronized int revokeAll(UserId userId, Instant now) {
    return markRevoked(live(userId, now, stored -> true), now);
  }

  /** The stored session, live or not. */
  public synchronized Optional<Session> stored(SessionId id) {
    return Optional.ofNullable(sessions.get(id)).map(stored -> stored.session);
  }

  /** When the session was revoked; empty while it is not. */
  public synchronized Optional<Instant> revokedAt(SessionId id) {
    return Optional.ofNullable(sessions.get(id)).map(stored -> stored.revokedAt);
  }

  /** How many sessions the store holds, live or not. */
  public synchronized int size() {
    return sessions.size();
  }

  private List<Stored> live(UserId userId, Instant now, Predicate<Stored> which) {
    return sessions.values().stream()
        .filter(stored -> stored.session.userId().equals(userId) && stored.liveAt(now))
        .filter(which)
        .toList();
  }

  private static int markRevoked(List<Stored> revoked, Instant now) {
    revoked.forEach(stored -> stored.revokedAt = now);
    return revoked.size();
  }
}
