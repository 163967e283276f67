package io.taskguard.adapter.token;

import static io.taskguard.adapter.token.TokenFixtures.T0;
import static io.taskguard.adapter.token.TokenFixtures.TIMELINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.out.SigningKeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * While one thread reads the store again for a stale key cache, the others are not made to wait: a
 * waiting request would hold its database connection while the reading thread needs one (the pool
 * ran dry under load that way).
 */
class SigningKeysReloadTest {

  @Test
  void whileOneThreadReloadsTheOthersGoOnWithTheKeysTheyHave() throws Exception {
    SlowStore store = new SlowStore(new InMemorySigningKeyStore());
    SigningKeys keys =
        new SigningKeys(store, SigningKeyCipherTest.oldCipher(), new RecordingAudit(), TIMELINE);
    keys.signingKey(T0); // creates the first key
    KeyRing created = keys.ring(T0);
    Instant stale = T0.plus(TIMELINE.refresh()).plusSeconds(1);

    store.holdNextRead();
    CompletableFuture<KeyRing> reloading = CompletableFuture.supplyAsync(() -> keys.ring(stale));
    assertTrue(store.readStarted.await(5, TimeUnit.SECONDS), "the reload never read the store");

    KeyRing meanwhile = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> keys.ring(stale));
    assertSame(created, meanwhile, "another thread gets the keys it had, at once");

    store.release.countDown();
    KeyRing reloaded = reloading.get(5, TimeUnit.SECONDS);
    assertEquals(stale, reloaded.loadedAt());
    assertSame(reloaded, keys.ring(stale));
  }

  /** A store whose next {@code published} read waits until released. */
  private static final class SlowStore implements SigningKeyStore {
    private final SigningKeyStore delegate;
    final CountDownLatch readStarted = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean hold;

    SlowStore(SigningKeyStore delegate) {
      this.delegate = delegate;
    }

    void holdNextRead() {
      hold = true;
    }

    @Override
    public List<StoredKey> published(Instant now) {
      if (hold) {
        hold = false;
        readStarted.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return delegate.published(now);
    }

    @Override
    public void add(StoredKey key) {
      delegate.add(key);
    }

    @Override
    public void stopSigningBefore(Instant createdBefore, Instant now) {
      delegate.stopSigningBefore(createdBefore, now);
    }

    @Override
    public boolean withdraw(String kid, Instant now) {
      return delegate.withdraw(kid, now);
    }

    @Override
    public void reencrypt(String kid, byte[] encryptedPrivateKey) {
      delegate.reencrypt(kid, encryptedPrivateKey);
    }

    @Override
    public <T> T underLock(Supplier<T> work) {
      return delegate.underLock(work);
    }
  }
}
