package io.taskguard.adapter.token;

import static io.taskguard.adapter.token.KeyRotationTest.kid;
import static io.taskguard.adapter.token.KeyRotationTest.kids;
import static io.taskguard.adapter.token.TokenFixtures.ADA;
import static io.taskguard.adapter.token.TokenFixtures.AUDIENCE;
import static io.taskguard.adapter.token.TokenFixtures.ISSUER;
import static io.taskguard.adapter.token.TokenFixtures.OPERATOR;
import static io.taskguard.adapter.token.TokenFixtures.SESSION;
import static io.taskguard.adapter.token.TokenFixtures.T0;
import static io.taskguard.adapter.token.TokenFixtures.TIMELINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Two servers (issuers) sharing one store, as two taskguard servers share PostgreSQL. */
class SharedStoreTest {

  private final InMemorySigningKeyStore store = new InMemorySigningKeyStore();
  private final SigningKeys keysA =
      new SigningKeys(store, SigningKeyCipherTest.oldCipher(), new RecordingAudit(), TIMELINE);
  private final SigningKeys keysB =
      new SigningKeys(store, SigningKeyCipherTest.oldCipher(), new RecordingAudit(), TIMELINE);
  private final JoseTokenIssuer serverA = new JoseTokenIssuer(keysA, ISSUER, AUDIENCE);
  private final JoseTokenIssuer serverB = new JoseTokenIssuer(keysB, ISSUER, AUDIENCE);

  @Test
  void twoServersStartingTogetherCreateOneKey() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> issueAfter(start, serverA));
    CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> issueAfter(start, serverB));

    start.countDown();

    assertEquals(a.get(), b.get());
    assertEquals(1, store.all().size());
  }

  private static String issueAfter(CountDownLatch start, JoseTokenIssuer server) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return kid(server.issue(ADA, SESSION, T0));
  }

  @Test
  void aRotationOnOneServerIsSeenByTheOtherWithinTheRefreshInterval() {
    Instant t1 = T0.plusSeconds(3600);
    String first = kid(serverB.issue(ADA, SESSION, t1.minusSeconds(5)));

    keysA.rotateNow(t1, OPERATOR);
    String second = kid(serverA.issue(ADA, SESSION, t1));

    assertEquals(first, kid(serverB.issue(ADA, SESSION, t1.plusSeconds(10))), "B's cache is fresh");
    assertEquals(second, kid(serverB.issue(ADA, SESSION, t1.plusSeconds(25))), "and then stale");
    assertEquals(Set.of(first, second), kids(serverB.publicKeySet(t1.plusSeconds(25))));
  }

  @Test
  void anUnknownKidIsLookedUpAgainButAtMostOncePerSecond() {
    Instant t1 = T0.plusSeconds(3600);
    serverB.issue(ADA, SESSION, t1.minusSeconds(5));
    keysA.rotateNow(t1, OPERATOR);
    String second = kid(serverA.issue(ADA, SESSION, t1));

    assertTrue(keysB.verificationKey(second, t1.plusSeconds(1)).isPresent(), "found by a reload");

    int before = store.reads();
    for (int i = 0; i < 100; i++) {
      assertFalse(keysB.verificationKey("junk-" + i, t1.plusSeconds(1).plusMillis(i)).isPresent());
    }
    assertEquals(before, store.reads(), "no reload within a second of the last one");
    keysB.verificationKey("junk", t1.plusSeconds(2));
    assertEquals(before + 1, store.reads());
  }
}
