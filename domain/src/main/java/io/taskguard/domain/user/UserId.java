package io.taskguard.domain.user;

import io.taskguard.domain.OpaqueId;
import java.util.UUID;

/** A user's identity: an opaque id of at most 64 URL-safe characters (new ones are UUIDs). */
public record UserId(String value) {

  public UserId {
    if (!isWellFormed(value)) {
      throw new IdentityFailure.InvalidInput(IdentityFailure.InvalidInput.Rule.USER_ID_MALFORMED);
    }
  }

  public static UserId random() {
    return new UserId(UUID.randomUUID().toString());
  }

  /** True when {@code candidate} could be a user id ({@link OpaqueId}), without throwing. */
  public static boolean isWellFormed(String candidate) {
    return OpaqueId.isWellFormed(candidate);
  }

  @Override
  public String toString() {
    return value;
  }
}
