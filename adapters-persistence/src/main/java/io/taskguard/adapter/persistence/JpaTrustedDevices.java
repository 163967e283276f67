package io.taskguard.adapter.persistence;

import io.taskguard.application.port.out.TrustedDevices;
import io.taskguard.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Trusted devices in PostgreSQL (table {@code trusted_devices}), by their token's SHA-256. Rotating
 * a token is one conditional update on the old hash, so a token used twice at once opens once.
 */
@ApplicationScoped
public class JpaTrustedDevices implements TrustedDevices {

  private static final String COLUMNS =
      "id, user_id, created_at, last_used_at, expires_at, ip_address, user_agent";

  @PersistenceContext(unitName = "taskguard")
  EntityManager em;

  @Override
  public void add(TrustedDevice device, byte[] tokenHash) {
    em.createNativeQuery(
            "INSERT INTO trusted_devices ("
                + COLUMNS
                + ", token_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .setParameter(1, device.id())
        .setParameter(2, device.userId().value())
        .setParameter(3, EntityMapper.utc(device.createdAt()))
        .setParameter(4, EntityMapper.utc(device.lastUsedAt()))
        .setParameter(5, EntityMapper.utc(device.expiresAt()))
        .setParameter(6, device.ipAddress())
        .setParameter(7, device.userAgent())
        .setParameter(8, tokenHash)
        .executeUpdate();
  }

  @Override
  public Optional<TrustedDevice> findLive(byte[] tokenHash, Instant now) {
    return devices(
            em.createNativeQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM trusted_devices WHERE token_hash = ?1 AND expires_at > ?2")
                .setParameter(1, tokenHash)
                .setParameter(2, EntityMapper.utc(now))
                .getResultList())
        .stream()
        .findFirst();
  }

  @Override
  public boolean rotate(
      String id, byte[] oldHash, byte[] newHash, Instant now, Instant expiresAt, String ipAddress) {
    return em.createNativeQuery(
                "UPDATE trusted_devices SET token_hash = ?3, last_used_at = ?4, expires_at = ?5,"
                    + " ip_address = ?6 WHERE id = ?1 AND token_hash = ?2")
            .setParameter(1, id)
            .setParameter(2, oldHash)
            .setParameter(3, newHash)
            .setParameter(4, EntityMapper.utc(now))
            .setParameter(5, EntityMapper.utc(expiresAt))
            .setParameter(6, ipAddress)
            .executeUpdate()
        == 1;
  }

  @Override
  public List<TrustedDevice> listLive(UserId userId, Instant now) {
    return devices(
        em.createNativeQuery(
                "SELECT "
                    + COLUMNS
                    + " FROM trusted_devices WHERE user_id = ?1 AND expires_at > ?2"
                    + " ORDER BY last_used_at DESC")
            .setParameter(1, userId.value())
            .setParameter(2, EntityMapper.utc(now))
            .getResultList());
  }

  @Override
  public boolean remove(UserId userId, String id) {
    return em.createNativeQuery("DELETE FROM trusted_devices WHERE user_id = ?1 AND id = ?2")
            .setParameter(1, userId.value())
            .setParameter(2, id)
            .executeUpdate()
        == 1;
  }

  @Override
  public int removeAll(UserId userId) {
    return em.createNativeQuery("DELETE FROM trusted_devices WHERE user_id = ?1")
        .setParameter(1, userId.value())
        .executeUpdate();
  }

  private static List<TrustedDevice> devices(List<?> rows) {
    return rows.stream()
        .map(
            r -> {
              Object[] row = (Object[]) r;
              return new TrustedDevice(
                  (String) row[0],
                  new UserId((String) row[1]),
                  EntityMapper.instant(row[2]),
                  EntityMapper.instant(row[3]),
                  EntityMapper.instant(row[4]),
                  (String) row[5],
                  (String) row[6]);
            })
        .toList();
  }
}
