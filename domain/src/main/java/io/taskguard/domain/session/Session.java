package io.taskguard.domain.session;

import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in device: live from {@code createdAt} until {@code expiresAt} unless revoked. The token
 * that proves it is held only by the client; the store keeps its hash. {@code updatedAt} is when it
 * was last used on the accounts API (to the minute) or, once ended, when it ended.
 */
public record Session(
    SessionId id,
    UserId userId,
    Instant expiresAt,
    Instant createdAt,
    Instant updatedAt,
    String ipAddress,
    String userAgent) {

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
    return new Session(id, userId, expiresAt, createdAt, now, ipAddress, userAgent);
  }
}
