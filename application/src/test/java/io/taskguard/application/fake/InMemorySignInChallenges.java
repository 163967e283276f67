package io.taskguard.application.fake;

import io.taskguard.application.port.out.SignInChallenges;
import io.taskguard.domain.user.UserId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link SignInChallenges} in memory. */
public class InMemorySignInChallenges implements SignInChallenges {

  private final Map<ByteBuffer, Challenge> byHash = new HashMap<>();
  private long nextId = 1;

  @Override
  public synchronized void add(
      byte[] tokenHash,
      UserId userId,
      Instant now,
      Instant expiresAt,
      String ipAddress,
      String userAgent) {
    byHash.put(
        ByteBuffer.wrap(tokenHash), new Challenge(nextId++, userId, expiresAt, 0, null, null));
  }

  @Override
  public synchronized Optional<Challenge> findLive(byte[] tokenHash, Instant now) {
    return Optional.ofNullable(byHash.get(ByteBuffer.wrap(tokenHash)))
        .filter(challenge -> challenge.expiresAt().isAfter(now));
  }

  @Override
  public synchronized int recordFailure(long id) {
    return update(
            id,
            c ->
                new Challenge(
                    c.id(),
                    c.userId(),
                    c.expiresAt(),
                    c.failures() + 1,
                    c.mailedCodeHash(),
                    c.mailedCodeExpiresAt()))
        .map(Challenge::failures)
        .orElse(0);
  }

  @Override
  public synchronized boolean end(long id) {
    return byHash.values().removeIf(challenge -> challenge.id() == id);
  }

  @Override
  public synchronized void mailedCode(long id, byte[] codeHash, Instant expiresAt) {
    update(
        id,
        c -> new Challenge(c.id(), c.userId(), c.expiresAt(), c.failures(), codeHash, expiresAt));
  }

  /** How many challenges are open. */
  public synchronized int open() {
    return byHash.size();
  }

  private Optional<Challenge> update(long id, java.util.function.UnaryOperator<Challenge> change) {
    for (Map.Entry<ByteBuffer, Challenge> entry : byHash.entrySet()) {
      if (entry.getValue().id() == id) {
        entry.setValue(change.apply(entry.getValue()));
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }
}
