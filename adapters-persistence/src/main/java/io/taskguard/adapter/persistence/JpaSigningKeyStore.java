package io.taskguard.adapter.persistence;

import io.taskguard.application.port.out.SigningKeyStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Signing keys in PostgreSQL, shared by every server. Key creation and rotation run under a
 * transaction-scoped advisory lock, so servers starting together agree on one key.
 */
@ApplicationScoped
public class JpaSigningKeyStore implements SigningKeyStore {

  private static final long LOCK_ID = 0x7461736b6b657973L;

  @PersistenceContext(unitName = "taskguard")
  EntityManager em;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<StoredKey> published(Instant now) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT kid, public_jwk, private_key_encrypted, created_at, signs_until,"
                    + " published_until FROM signing_keys"
                    + " WHERE published_until IS NULL OR published_until > ?1"
                    + " ORDER BY created_at DESC, kid")
            .setParameter(1, EntityMapper.utc(now))
            .getResultList();
    return rows.stream().map(row -> toKey((Object[]) row)).toList();
  }

  private static StoredKey toKey(Object[] row) {
    return new StoredKey(
        (String) row[0],
        (String) row[1],
        (byte[]) row[2],
        EntityMapper.instant(row[3]),
        EntityMapper.instant(row[4]),
        EntityMapper.instant(row[5]));
  }

  @Override
  @Transactional
  public void add(StoredKey key) {
    em.createNativeQuery(
            "INSERT INTO signing_keys (kid, public_jwk, private_key_encrypted, created_at,"
                + " signs_until, published_until) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, key.kid())
        .setParameter(2, key.publicJwk())
        .setParameter(3, key.encryptedPrivateKey())
        .setParameter(4, EntityMapper.utc(key.createdAt()))
        .setParameter(5, key.signsUntil() == null ? null : EntityMapper.utc(key.signsUntil()))
        .setParameter(
            6, key.publishedUntil() == null ? null : EntityMapper.utc(key.publishedUntil()))
        .executeUpdate();
  }

  @Override
  @Transactional
  public void stopSigningBefore(Instant createdBefore, Instant now) {
    em.createNativeQuery(
            "UPDATE signing_keys SET signs_until = ?2 WHERE created_at < ?1"
                + " AND (signs_until IS NULL OR signs_until > ?2)")
        .setParameter(1, EntityMapper.utc(createdBefore))
        .setParameter(2, EntityMapper.utc(now))
        .executeUpdate();
  }

  @Override
  @Transactional
  public boolean withdraw(String kid, Instant now) {
    return em.createNativeQuery(
                "UPDATE signing_keys SET published_until = ?2,"
                    + " signs_until = LEAST(COALESCE(signs_until, ?2), ?2)"
                    + " WHERE kid = ?1 AND (published_until IS NULL OR published_until > ?2)")
            .setParameter(1, kid)
            .setParameter(2, EntityMapper.utc(now))
            .executeUpdate()
        == 1;
  }

  @Override
  @Transactional
  public void reencrypt(String kid, byte[] encryptedPrivateKey) {
    em.createNativeQuery("UPDATE signing_keys SET private_key_encrypted = ?2 WHERE kid = ?1")
        .setParameter(1, kid)
        .setParameter(2, encryptedPrivateKey)
        .executeUpdate();
  }

  @Override
  @Transactional
  public <T> T underLock(Supplier<T> work) {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
        .setParameter(1, LOCK_ID)
        .getSingleResult();
    return work.get();
  }
}
