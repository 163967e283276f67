package io.taskguard.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * A token mailed to a person, as the store knows it (never the token itself: its hash finds it). It
 * is good for one use, for {@code purpose}, sent to {@code email}, until {@code expiresAt}.
 */
public record AccountToken(
    long id,
    TokenPurpose purpose,
    UserId userId,
    Email email,
    Instant createdAt,
    Instant expiresAt,
    Instant usedAt) {

  public AccountToken {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  public boolean used() {
    return usedAt != null;
  }

  public boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
