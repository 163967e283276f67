package io.taskguard.application.port.out;

import java.time.Instant;

/** A signed JWT and when it stops being valid. Its {@code toString} never shows the token. */
public record AccessToken(String compact, Instant expiresAt) {

  @Override
  public String toString() {
    return "AccessToken[expiresAt=" + expiresAt + "]";
  }
}
