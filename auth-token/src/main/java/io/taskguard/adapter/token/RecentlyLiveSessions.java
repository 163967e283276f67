package io.taskguard.adapter.token;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.taskguard.application.port.out.LiveSessionMemory;
import io.taskguard.domain.session.SessionId;
import io.taskguard.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * The sessions this server recently found live, in a bounded cache whose entries leave a second
 * after they were written: longer than the session check trusts one (half a second), so an entry
 * leaves only once it no longer counts, and memory stays small however many sessions come and go.
 */
@ApplicationScoped
public class RecentlyLiveSessions implements LiveSessionMemory {

  static final int MAX_REMEMBERED = 100_000;
  static final Duration KEPT_FOR = Duration.ofSeconds(1);

  private record Remembered(UserId userId, Instant liveAt) {}

  private final Cache<SessionId, Remembered> remembered;

  public RecentlyLiveSessions() {
    this(MAX_REMEMBERED, Ticker.systemTicker(), ForkJoinPool.commonPool());
  }

  RecentlyLiveSessions(int maxRemembered, Ticker ticker, Executor maintenance) {
    this.remembered =
        Caffeine.newBuilder()
            .maximumSize(maxRemembered)
            .expireAfterWrite(KEPT_FOR)
            .ticker(ticker)
            .executor(maintenance)
            .build();
  }

  @Override
  public Optional<Instant> liveAt(SessionId id, UserId userId) {
    Remembered known = remembered.getIfPresent(id);
    return known != null && known.userId.equals(userId)
        ? Optional.of(known.liveAt)
        : Optional.empty();
  }

  @Override
  public void remember(SessionId id, UserId userId, Instant liveAt) {
    remembered.put(id, new Remembered(userId, liveAt));
  }

  @Override
  public void forget(SessionId id) {
    remembered.invalidate(id);
  }

  @Override
  public void forgetUser(UserId userId) {
    remembered.asMap().values().removeIf(known -> known.userId.equals(userId));
  }

  /** How many entries it holds once pending evictions are done. */
  long size() {
    remembered.cleanUp();
    return remembered.estimatedSize();
  }
}
