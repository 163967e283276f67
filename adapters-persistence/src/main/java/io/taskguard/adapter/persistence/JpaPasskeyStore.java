package io.taskguard.adapter.persistence;

import io.taskguard.application.port.out.PasskeyStore;
import io.taskguard.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Passkeys and their challenges in PostgreSQL (tables {@code passkeys}, {@code
 * passkey_challenges}). Taking a challenge is one {@code DELETE ... RETURNING}, and recording a use
 * one update conditional on the sign count read, so of two servers given the same response, one
 * accepts it.
 */
@ApplicationScoped
public class JpaPasskeyStore implements PasskeyStore {

  private static final String COLUMNS =
      "id, user_id, name, credential_id, credential, sign_count, aaguid, backed_up, multi_device,"
          + " transports, created_at, last_used_at";

  @PersistenceContext(unitName = "taskguard")
  EntityManager em;

  @Override
  public void add(Passkey passkey) {
    em.createNativeQuery(
            "INSERT INTO passkeys ("
                + COLUMNS
                + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, NULL)")
        .setParameter(1, passkey.id())
        .setParameter(2, passkey.userId().value())
        .setParameter(3, passkey.name())
        .setParameter(4, passkey.credentialId())
        .setParameter(5, passkey.credential())
        .setParameter(6, passkey.signCount())
        .setParameter(7, passkey.aaguid())
        .setParameter(8, passkey.backedUp())
        .setParameter(9, passkey.multiDevice())
        .setParameter(10, String.join(",", passkey.transports()))
        .setParameter(11, EntityMapper.utc(passkey.createdAt()))
        .executeUpdate();
  }

  @Override
  public Optional<Passkey> byCredentialId(byte[] credentialId) {
    return passkeys(
            em.createNativeQuery("SELECT " + COLUMNS + " FROM passkeys WHERE credential_id = ?1")
                .setParameter(1, credentialId)
                .getResultList())
        .stream()
        .findFirst();
  }

  @Override
  public List<Passkey> listOf(UserId userId) {
    return passkeys(
        em.createNativeQuery(
                "SELECT " + COLUMNS + " FROM passkeys WHERE user_id = ?1 ORDER BY created_at, id")
            .setParameter(1, userId.value())
            .getResultList());
  }

  @Override
  public boolean rename(UserId userId, String id, String name) {
    return em.createNativeQuery("UPDATE passkeys SET name = ?3 WHERE user_id = ?1 AND id = ?2")
            .setParameter(1, userId.value())
            .setParameter(2, id)
            .setParameter(3, name)
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean remove(UserId userId, String id) {
    return em.createNativeQuery("DELETE FROM passkeys WHERE user_id = ?1 AND id = ?2")
            .setParameter(1, userId.value())
            .setParameter(2, id)
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean recordUse(String id, long expected, long signCount, Instant now) {
    return em.createNativeQuery(
                "UPDATE passkeys SET sign_count = ?3, last_used_at = ?4"
                    + " WHERE id = ?1 AND sign_count = ?2")
            .setParameter(1, id)
            .setParameter(2, expected)
            .setParameter(3, signCount)
            .setParameter(4, EntityMapper.utc(now))
            .executeUpdate()
        == 1;
  }

  @Override
  public void addChallenge(
      byte[] challengeHash, Ceremony ceremony, UserId userId, Instant expiresAt) {
    em.createNativeQuery(
            "INSERT INTO passkey_challenges (challenge_hash, ceremony, user_id, expires_at)"
                + " VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, challengeHash)
        .setParameter(2, ceremony.name().toLowerCase(Locale.ROOT))
        .setParameter(3, userId == null ? null : userId.value())
        .setParameter(4, EntityMapper.utc(expiresAt))
        .executeUpdate();
  }

  @Override
  public Optional<IssuedChallenge> takeChallenge(
      byte[] challengeHash, Ceremony ceremony, Instant now) {
    List<?> rows =
        em.createNativeQuery(
                "DELETE FROM passkey_challenges WHERE challenge_hash = ?1 AND ceremony = ?2"
                    + " AND expires_at > ?3 RETURNING COALESCE(user_id, '')")
            .setParameter(1, challengeHash)
            .setParameter(2, ceremony.name().toLowerCase(Locale.ROOT))
            .setParameter(3, EntityMapper.utc(now))
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    String user = (String) rows.get(0);
    return Optional.of(new IssuedChallenge(user.isEmpty() ? null : new UserId(user)));
  }

  private static List<Passkey> passkeys(List<?> rows) {
    return rows.stream()
        .map(
            r -> {
              Object[] row = (Object[]) r;
              String transports = (String) row[9];
              return new Passkey(
                  (String) row[0],
                  new UserId((String) row[1]),
                  (String) row[2],
                  (byte[]) row[3],
                  (byte[]) row[4],
                  ((Number) row[5]).longValue(),
                  (String) row[6],
                  (Boolean) row[7],
                  (Boolean) row[8],
                  transports.isEmpty() ? List.of() : Arrays.asList(transports.split(",")),
                  EntityMapper.instant(row[10]),
                  EntityMapper.instant(row[11]));
            })
        .toList();
  }
}
