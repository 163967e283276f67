package io.taskguard.domain.session;

import io.taskguard.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in device: live from {@code createdAt} until {@code expiresAt} unless revoked. The token
 * that proves it is held only by the client; the store keeps its hash. {@code updatedAt} is when it
 * was last used on the accounts API (to the minute) or, once ended, when it ended. {@code
 * steppedUpAt} is when its holder last proved a second factor on it (null: never).
 */
public record Session(
    SessionId id,
    UserId userId,
    Instant expiresAt,
    Instant createdAt,
    Instant updatedAt,
    String ipAddress,
    String userAgent,
    Instant steppedUpAt) {

  /** A session whose holder has proved no second factor on it since it began. */
  public Session(
      SessionId id,
      UserId userId,
      Instant expiresAt,
      Instant createdAt,
      Instant updatedAt,
      String ipAddress,
      String userAgent) {
    this(id, userId, expiresAt, createdAt, updatedAt, ipAddress, userAgent, null);
  }

  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  public boolean isLiveAt(Instant now) {
    return now.isBefore(expiresAt);
  }

  /** The same session, last used at {@code now}. */
  public Session usedAt(Instant now) {
    return new Session(id, userId, expiresAt, createdAt, now, ipAddress, userAgent, steppedUpAt);
  }

  /** The same session, its holder having proved a second factor at {@code now}. */
  public Session steppedUpAt(Instant now) {
    return new Session(id, userId, expiresAt, createdAt, updatedAt, ipAddress, userAgent, now);
  }

  /**
   * Whether its holder proved who they are within {@code age} before {@code now}: the session began
   * then, or a second factor was proved on it then.
   */
  public boolean isFreshAt(Instant now, Duration age) {
    return now.isBefore(createdAt.plus(age))
        || (steppedUpAt != null && now.isBefore(steppedUpAt.plus(age)));
  }
}
