package io.taskguard.application.port.out;

import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * TOTP secrets and backup codes, shared by every server. A user has at most one confirmed secret
 * and at most one waiting for its first code, each with its own backup codes; secrets arrive here
 * sealed ({@link SecretSealer}) and backup codes as hashes, so the store holds neither in the
 * clear. Every change that must not race (confirming, using a step or a code) is one atomic
 * statement.
 */
public interface SecondFactorStore {

  /** A sealed secret, and the newest time step whose code it accepted (null: none yet). */
  record StoredSecret(byte[] sealed, Long lastUsedStep) {}

  /** A backup code not used yet, known by its hash. */
  record StoredBackupCode(long id, byte[] hash) {}

  /** A sealed secret of some user, for re-encryption under a new key-encryption secret. */
  record SealedSecret(UserId userId, boolean confirmed, byte[] sealed) {}

  /** The user's confirmed secret ({@code confirmed}) or the one waiting for its first code. */
  Optional<StoredSecret> secret(UserId userId, boolean confirmed);

  /** Replaces the user's waiting secret and its backup codes; the confirmed ones stay. */
  void savePending(UserId userId, byte[] sealedSecret, List<byte[]> backupCodeHashes, Instant now);

  /**
   * Makes the waiting secret and its backup codes the user's confirmed ones, replacing any earlier,
   * with {@code step} as its last used step, and marks the user as having two-factor on; only when
   * the waiting secret is still {@code sealed}, the one the code was checked against.
   *
   * @return false when that secret no longer waits (confirmed, or replaced by a newer enrolment)
   */
  boolean confirmPending(UserId userId, byte[] sealed, long step);

  /**
   * Records {@code step} as the newest used step of the secret, when it is newer than the last one.
   *
   * @return false when this step, or a later one, was already used: the code must be refused
   */
  boolean useStep(UserId userId, boolean confirmed, long step);

  /** The confirmed secret's backup codes that are not used yet. */
  List<StoredBackupCode> unusedBackupCodes(UserId userId);

  /** Marks backup code {@code id} used; false when it was used already (a lost race). */
  boolean useBackupCode(long id, Instant now);

  /** Replaces the confirmed secret's backup codes with new ones. */
  void replaceBackupCodes(UserId userId, List<byte[]> backupCodeHashes);

  /** Removes the user's secrets and backup codes and marks two-factor off. */
  void removeAll(UserId userId);

  /** Every stored secret, for re-encryption. */
  List<SealedSecret> allSecrets();

  /**
   * Replaces a stored secret's sealed bytes {@code before} with the same secret sealed anew; false
   * (and nothing changed) when the secret was replaced meanwhile.
   */
  boolean reseal(UserId userId, boolean confirmed, byte[] before, byte[] sealed);
}
