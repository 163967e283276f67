package io.taskguard.adapter.token;

import io.taskguard.application.port.out.SigningKeyStore.StoredKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a signing key signs and how long it stays published, so that no token outlives the key that
 * verifies it.
 *
 * <p>A new key signs from its creation for one rotation period. Once it stops signing (its period
 * ends, or a rotation ends it early) it stays published for the retention: the token lifetime, the
 * verifiers' clock skew (30 s), the key cache's refresh interval (another server may go on signing
 * with a key it has not yet seen retired) and one more minute of margin. The store's {@code
 * publishedUntil} is an upper bound set at creation; the effective end is the earlier of it and the
 * end of signing plus the retention.
 *
 * @param tokenTtl lifetime of an access token
 * @param refresh how old the cached keys may get before they are read from the store again
 * @param rotationPeriod how long a key signs before a new one replaces it
 */
public record KeyTimeline(Duration tokenTtl, Duration refresh, Duration rotationPeriod) {

  /** The clock skew verifiers allow, as the task API configures MicroProfile JWT. */
  public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

  static final Duration MARGIN = Duration.ofMinutes(1);

  public KeyTimeline {
    requirePositive(tokenTtl, "token ttl");
    requirePositive(refresh, "key refresh");
    requirePositive(rotationPeriod, "rotation period");
  }

  private static void requirePositive(Duration duration, String what) {
    Objects.requireNonNull(duration, what);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, was " + duration);
    }
  }

  /** How long a key stays published after it stopped signing. */
  public Duration retention() {
    return tokenTtl.plus(CLOCK_SKEW).plus(refresh).plus(MARGIN);
  }

  /** End of signing for a key created at {@code createdAt}. */
  public Instant signsUntil(Instant createdAt) {
    return createdAt.plus(rotationPeriod);
  }

  /** End of publication for a key that stops signing at {@code signsUntil}. */
  public Instant publishedUntil(Instant signsUntil) {
    return signsUntil.plus(retention());
  }

  /** The effective end of {@code key}'s publication. */
  public Instant effectivePublishedUntil(StoredKey key) {
    Instant afterSigning = publishedUntil(key.signsUntil());
    return afterSigning.isBefore(key.publishedUntil()) ? afterSigning : key.publishedUntil();
  }

  public boolean isPublished(StoredKey key, Instant now) {
    return now.isBefore(effectivePublishedUntil(key));
  }

  public boolean signs(StoredKey key, Instant now) {
    return !key.createdAt().isAfter(now) && now.isBefore(key.signsUntil());
  }
}
