package io.taskguard.application.fake;

import io.taskguard.application.port.out.TrustedDevices;
import io.taskguard.domain.user.UserId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link TrustedDevices} in memory. */
public class InMemoryTrustedDevices implements TrustedDevices {

  private final Map<ByteBuffer, TrustedDevice> byHash = new HashMap<>();

  @Override
  public synchronized void add(TrustedDevice device, byte[] tokenHash) {
    byHash.put(ByteBuffer.wrap(tokenHash), device);
  }

  @Override
  public synchronized Optional<TrustedDevice> findLive(byte[] tokenHash, Instant now) {
    return Optional.ofNullable(byHash.get(ByteBuffer.wrap(tokenHash)))
        .filter(device -> device.expiresAt().isAfter(now));
  }

  @Override
  public synchronized boolean rotate(
      String id, byte[] oldHash, byte[] newHash, Instant now, Instant expiresAt, String ipAddress) {
    TrustedDevice device = byHash.get(ByteBuffer.wrap(oldHash));
    if (device == null || !device.id().equals(id)) {
      return false;
    }
    byHash.remove(ByteBuffer.wrap(oldHash));
    byHash.put(
        ByteBuffer.wrap(newHash),
        new TrustedDevice(
            id,
            device.userId(),
            device.createdAt(),
            now,
            expiresAt,
            ipAddress,
            device.userAgent()));
    return true;
  }

  @Override
  public synchronized List<TrustedDevice> listLive(UserId userId, Instant now) {
    return byHash.values().stream()
        .filter(device -> device.userId().equals(userId) && device.expiresAt().isAfter(now))
        .sorted(Comparator.comparing(TrustedDevice::lastUsedAt).reversed())
        .toList();
  }

  @Override
  public synchronized boolean remove(UserId userId, String id) {
    return byHash.values().removeIf(d -> d.userId().equals(userId) && d.id().equals(id));
  }

  @Override
  public synchronized int removeAll(UserId userId) {
    int before = byHash.size();
    byHash.values().removeIf(device -> device.userId().equals(userId));
    return before - byHash.size();
  }
}
