package io.taskguard.application.service;

import io.taskguard.domain.user.IdentityFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * The database scopes of a use case that checks or hashes a password. A hash waits for one of a few
 * hashing slots, so such a use case must not hold a database connection while it waits (decisions
 * D-45): it reads in a scope that ends before the hash and writes in a transaction that begins
 * after it. Every other service is one transaction as a whole.
 */
@ApplicationScoped
public class DatabaseScopes {

  /** Runs {@code work}, which only reads, in a scope whose connection is released on return. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public <T> T read(Supplier<T> work) {
    return work.get();
  }

  /**
   * Runs {@code work} in a transaction; an {@link IdentityFailure} it throws commits what was
   * written before it, as in every service.
   */
  @Transactional(dontRollbackOn = IdentityFailure.class)
  public void write(Runnable work) {
    work.run();
  }

  /** {@link #write(Runnable)} for work with a result. */
  @Transactional(dontRollbackOn = IdentityFailure.class)
  public <T> T writeAndGet(Supplier<T> work) {
    return work.get();
  }
}
