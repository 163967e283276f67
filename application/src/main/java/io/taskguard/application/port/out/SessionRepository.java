package io.taskguard.application.port.out;

import io.taskguard.domain.session.Session;
import io.taskguard.domain.session.SessionId;
import io.taskguard.domain.user.User;
import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where sessions are kept, shared by every server. A session token is known to the store only by
 * its hash; revoking a session is seen by every server at once.
 */
public interface SessionRepository {

  void add(Session session, byte[] tokenHash);

  /** The session the token proves, if it is live at {@code now} (not expired, not revoked). */
  Optional<Session> findLive(byte[] tokenHash, Instant now);

  /**
   * As {@link #findLive}, together with the session's user, in one round trip to the store (the
   * accounts API's hot path: get-session and {@code /token}). Empty also when the user is gone.
   */
  Optional<SessionOfUser> findLiveWithUser(byte[] tokenHash, Instant now);

  /** A live session and the user it belongs to. */
  record SessionOfUser(Session session, User user) {}

  /**
   * Whether session {@code id} of {@code userId} is live at {@code now} (its user still exists).
   */
  boolean isLive(SessionId id, UserId userId, Instant now);

  /** The user's live sessions, newest first. */
  List<Session> listLive(UserId userId, Instant now);

  /**
   * Records that the live session {@code id} was used at {@code now} (its {@code updatedAt}), in a
   * transaction of its own; a session ended meanwhile is left as it is.
   */
  void markUsed(SessionId id, Instant now);

  /** Records that the holder of live session {@code id} proved a second factor at {@code now}. */
  void markSteppedUp(SessionId id, Instant now);

  /** Revokes the user's session {@code id}; false when it is not theirs or not live. */
  boolean revoke(UserId userId, SessionId id, Instant now);

  /** Revokes every live session of the user but {@code keep}; returns how many. */
  int revokeAllBut(UserId userId, SessionId keep, Instant now);

  /** Revokes every live session of the user; returns how many. */
  int revokeAll(UserId userId, Instant now);
}
