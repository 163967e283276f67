package io.taskguard.application.port.out;

import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Sign-ins that proved the password and wait for a second factor, shared by every server. The
 * client holds the challenge token; the store knows only its hash. Counting a wrong code and ending
 * a challenge are atomic, so a challenge answered on two servers at once opens one session.
 */
public interface SignInChallenges {

  /** A live challenge: whose it is, until when, how many wrong codes it took, and a mailed code. */
  record Challenge(
      long id,
      UserId userId,
      Instant expiresAt,
      int failures,
      byte[] mailedCodeHash,
      Instant mailedCodeExpiresAt) {}

  void add(
      byte[] tokenHash,
      UserId userId,
      Instant now,
      Instant expiresAt,
      String ipAddress,
      String userAgent);

  /** The challenge the token proves, if it has not expired or ended. */
  Optional<Challenge> findLive(byte[] tokenHash, Instant now);

  /** Counts one wrong code; returns how many the challenge has now taken. */
  int recordFailure(long id);

  /** Ends the challenge; false when it had ended already (another request answered it). */
  boolean end(long id);

  /** Keeps a mailed code's hash with the challenge, replacing an earlier one. */
  void mailedCode(long id, byte[] codeHash, Instant expiresAt);
}
