package io.taskguard.adapter.persistence;

import io.taskguard.application.port.out.MailDelivery;
import io.taskguard.application.port.out.MailOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The mail outbox in PostgreSQL (table {@code mail_outbox}). A mail is enqueued in the caller's
 * transaction; the sender's side runs each step in a transaction of its own, so a claim is
 * committed before any mail goes out, and several servers claim disjoint mails ({@code FOR UPDATE
 * SKIP LOCKED}).
 */
@ApplicationScoped
public class JpaMailOutbox implements MailOutbox, MailDelivery {

  private static final int MAX_ERROR = 200;

  @PersistenceContext(unitName = "taskguard")
  EntityManager em;

  @Override
  public void enqueue(OutgoingMail mail, Instant now) {
    em.createNativeQuery(
            "INSERT INTO mail_outbox (recipient, subject, text_body, html_body, created_at,"
                + " next_attempt_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)")
        .setParameter(1, mail.recipient())
        .setParameter(2, mail.subject())
        .setParameter(3, mail.text())
        .setParameter(4, mail.html())
        .setParameter(5, EntityMapper.utc(now))
        .executeUpdate();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<QueuedMail> claimDue(Instant now, int limit, Duration lease) {
    List<?> rows =
        em.createNativeQuery(
                "UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = ?2"
                    + " WHERE id IN (SELECT id FROM mail_outbox WHERE sent_at IS NULL"
                    + " AND given_up_at IS NULL AND next_attempt_at <= ?1"
                    + " ORDER BY next_attempt_at, id LIMIT ?3 FOR UPDATE SKIP LOCKED)"
                    + " RETURNING id, recipient, subject, text_body, html_body, attempts")
            .setParameter(1, EntityMapper.utc(now))
            .setParameter(2, EntityMapper.utc(now.plus(lease)))
            .setParameter(3, limit)
            .getResultList();
    List<QueuedMail> claimed = new ArrayList<>(rows.size());
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      claimed.add(
          new QueuedMail(
              ((Number) columns[0]).longValue(),
              (String) columns[1],
              (String) columns[2],
              (String) columns[3],
              (String) columns[4],
              ((Number) columns[5]).intValue()));
    }
    claimed.sort(Comparator.comparingLong(QueuedMail::id));
    return claimed;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void sent(long id, Instant now) {
    em.createNativeQuery(
            "UPDATE mail_outbox SET sent_at = ?2, text_body = '', html_body = '', last_error = NULL"
                + " WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, EntityMapper.utc(now))
        .executeUpdate();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(long id, Instant retryAt, String error) {
    em.createNativeQuery(
            "UPDATE mail_outbox SET next_attempt_at = ?2, last_error = ?3 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, EntityMapper.utc(retryAt))
        .setParameter(3, shortened(error))
        .executeUpdate();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void abandon(long id, Instant now, String error) {
    em.createNativeQuery(
            "UPDATE mail_outbox SET given_up_at = ?2, last_error = ?3, text_body = '',"
                + " html_body = '' WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, EntityMapper.utc(now))
        .setParameter(3, shortened(error))
        .executeUpdate();
  }

  @Override
  public long pending() {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL AND given_up_at IS NULL")
                .getSingleResult())
        .longValue();
  }

  private static String shortened(String error) {
    if (error == null) {
      return null;
    }
    return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
  }
}
