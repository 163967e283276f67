package io.taskguard.application.port.out;

import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Passkeys and their ceremony challenges, shared by every server. A challenge is kept as a hash and
 * taken once (one atomic delete), so a response can be answered once, on any server.
 */
public interface PasskeyStore {

  /** A stored passkey; {@code credential} is opaque (what {@link PasskeyCeremonies} needs). */
  record Passkey(
      String id,
      UserId userId,
      String name,
      byte[] credentialId,
      byte[] credential,
      long signCount,
      String aaguid,
      boolean backedUp,
      boolean multiDevice,
      List<String> transports,
      Instant createdAt,
      Instant lastUsedAt) {}

  /** What a ceremony's challenge was issued for. */
  enum Ceremony {
    REGISTER,
    AUTHENTICATE
  }

  void add(Passkey passkey);

  Optional<Passkey> byCredentialId(byte[] credentialId);

  /** The user's passkeys, oldest first. */
  List<Passkey> listOf(UserId userId);

  /** False when the user has no passkey {@code id}. */
  boolean rename(UserId userId, String id, String name);

  /** False when the user has no passkey {@code id}. */
  boolean remove(UserId userId, String id);

  /**
   * Records a use: the new sign count and the time, only if the stored count is still {@code
   * expected}; false when another use came first.
   */
  boolean recordUse(String id, long expected, long signCount, Instant now);

  /** Keeps a challenge (its hash) for a ceremony, of {@code userId} (null: anyone's sign-in). */
  void addChallenge(byte[] challengeHash, Ceremony ceremony, UserId userId, Instant expiresAt);

  /** A challenge taken: the user it was issued to, or null when it was for anyone's sign-in. */
  record IssuedChallenge(UserId userId) {}

  /** Takes a live challenge of this ceremony; empty when none lives. It can be taken once. */
  Optional<IssuedChallenge> takeChallenge(byte[] challengeHash, Ceremony ceremony, Instant now);
}
