package io.taskguard.domain.user;

import io.taskguard.domain.DomainException;
import java.util.UUID;
import java.util.regex.Pattern;

/** A user's identity: an opaque id of at most 64 URL-safe characters (new ones are UUIDs). */
public record UserId(String value) {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public UserId {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new DomainException.InvalidInput("INVALID_USER_ID", "Invalid user id");
    }
  }

  public static UserId random() {
    return new UserId(UUID.randomUUID().toString());
  }

  /** True when {@code candidate} could be a user id, without throwing. */
  public static boolean isWellFormed(String candidate) {
    return candidate != null && SHAPE.matcher(candidate).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
