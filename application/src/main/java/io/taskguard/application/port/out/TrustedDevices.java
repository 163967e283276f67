package io.taskguard.application.port.out;

import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Browsers a user chose to trust after a second factor, shared by every server. The device holds a
 * token that changes at each use; the store knows only its hash.
 */
public interface TrustedDevices {

  /** A trusted device as its owner sees it in their list. */
  record TrustedDevice(
      String id,
      UserId userId,
      Instant createdAt,
      Instant lastUsedAt,
      Instant expiresAt,
      String ipAddress,
      String userAgent) {}

  void add(TrustedDevice device, byte[] tokenHash);

  /** The device the token proves, if its trust has not expired or been revoked. */
  Optional<TrustedDevice> findLive(byte[] tokenHash, Instant now);

  /**
   * Replaces the device's token (the one whose hash is {@code oldHash}) with a new one, and records
   * its use; false when another request used the old token first.
   */
  boolean rotate(
      String id, byte[] oldHash, byte[] newHash, Instant now, Instant expiresAt, String ipAddress);

  /** The user's trusted devices, newest use first. */
  List<TrustedDevice> listLive(UserId userId, Instant now);

  /** Forgets one of the user's devices; false when the user has no such device. */
  boolean remove(UserId userId, String id);

  /** Forgets every device of the user; returns how many. */
  int removeAll(UserId userId);
}
