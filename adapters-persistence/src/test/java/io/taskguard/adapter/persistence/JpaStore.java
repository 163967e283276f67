package io.taskguard.adapter.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.function.Supplier;

/**
 * The JPA repositories outside a container. Each unit of work gets a new entity manager and its own
 * transaction, committed when the work returns and rolled back when it throws: what Liberty's
 * transaction-scoped persistence context and a {@code @Transactional} service give them.
 *
 * <p>One store serves one thread at a time; concurrent work needs a store each.
 */
final class JpaStore {

  final JpaUserRepository users = new JpaUserRepository();
  final JpaTaskRepository tasks = new JpaTaskRepository();
  final JpaSessionRepository sessions = new JpaSessionRepository();
  final JpaAccountTokenStore accountTokens = new JpaAccountTokenStore();
  final JpaMailOutbox outbox = new JpaMailOutbox();
  final JpaRecordPurge purge = new JpaRecordPurge();
  private final EntityManagerFactory entityManagerFactory;

  JpaStore(EntityManagerFactory entityManagerFactory) {
    this.entityManagerFactory = entityManagerFactory;
  }

  <T> T inTransaction(Supplier<T> work) {
    EntityManager em = entityManagerFactory.createEntityManager();
    users.em = em;
    tasks.em = em;
    tasks.dataSource = TransactionDataSource.of(em);
    sessions.em = em;
    sessions.dataSource = tasks.dataSource;
    accountTokens.em = em;
    outbox.em = em;
    purge.em = em;
    EntityTransaction transaction = em.getTransaction();
    transaction.begin();
    try {
      T result = work.get();
      transaction.commit();
      return result;
    } catch (RuntimeException | Error e) {
      if (transaction.isActive()) {
        transaction.rollback();
      }
      throw e;
    } finally {
      users.em = null;
      tasks.em = null;
      tasks.dataSource = null;
      sessions.em = null;
      sessions.dataSource = null;
      accountTokens.em = null;
      outbox.em = null;
      purge.em = null;
      em.close();
    }
  }

  void inTransaction(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }
}
