package io.taskguard.application.fake;

import io.taskguard.application.port.out.PasswordHasher;
import io.taskguard.domain.user.PasswordHash;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link PasswordHasher} without the cost: a hash is {@link #CURRENT} followed by the password.
 * Hashes made with {@link #outdated} carry {@link #OUTDATED} instead; they still match, but need a
 * rehash. Every comparison, {@link #matchNobody} included, counts as one unit of hashing work.
 */
public class FakePasswordHasher implements PasswordHasher {

  public static final String CURRENT = "fake-v2$";
  public static final String OUTDATED = "fake-v1$";

  private final AtomicInteger work = new AtomicInteger();

  @Override
  public PasswordHash hash(String password) {
    return new PasswordHash(CURRENT + password);
  }

  /** A hash of {@code password} made with the weaker parameters of the past. */
  public static PasswordHash outdated(String password) {
    return new PasswordHash(OUTDATED + password);
  }

  @Override
  public boolean matches(String password, PasswordHash hash) {
    work.incrementAndGet();
    return hash.encoded().equals(CURRENT + password) || hash.encoded().equals(OUTDATED + password);
  }

  @Override
  public boolean needsRehash(PasswordHash hash) {
    return !hash.encoded().startsWith(CURRENT);
  }

  @Override
  public void matchNobody(String password) {
    work.incrementAndGet();
  }

  /** How many comparisons, real or with no one's hash, were made. */
  public int work() {
    return work.get();
  }
}
