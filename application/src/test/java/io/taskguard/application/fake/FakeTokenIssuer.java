package io.taskguard.application.fake;

import io.taskguard.application.port.out.AccessToken;
import io.taskguard.application.port.out.AccessTokenClaims;
import io.taskguard.application.port.out.TokenIssuer;
import io.taskguard.domain.session.Session;
import io.taskguard.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A {@link TokenIssuer} that signs nothing: each token is {@code "jwt-"} and a serial number, valid
 * for {@link #TOKEN_TTL}, and every issue is recorded. Keys are published by the test, each until a
 * given instant.
 */
public class FakeTokenIssuer implements TokenIssuer {

  public static final Duration TOKEN_TTL = Duration.ofMinutes(15);

  /** One issued token: for whom, under which session, when, and what was handed out. */
  public record Issued(User user, Session session, Instant at, AccessToken token) {}

  private final List<Issued> issued = new CopyOnWriteArrayList<>();
  private final Map<String, Instant> publishedUntil = new TreeMap<>();

  @Override
  public synchronized AccessToken issue(User user, Session session, Instant now) {
    AccessToken token = new AccessToken("jwt-" + (issued.size() + 1), now.plus(TOKEN_TTL));
    issued.add(new Issued(user, session, now, token));
    return token;
  }

  /** A JWK Set naming the keys published at {@code now}: {@code {"keys":[{"kid":"a"}]}}. */
  @Override
  public synchronized String publicKeySet(Instant now) {
    return publishedUntil.entrySet().stream()
        .filter(key -> key.getValue().isAfter(now))
        .map(key -> "{\"kid\":\"" + key.getKey() + "\"}")
        .collect(Collectors.joining(",", "{\"keys\":[", "]}"));
  }

  /** The same set: this fake has no store to read. */
  @Override
  public String trustedKeySet(Instant now) {
    return publicKeySet(now);
  }

  @Override
  public synchronized boolean isPublished(String kid, Instant now) {
    Instant until = publishedUntil.get(kid);
    return until != null && until.isAfter(now);
  }

  /**
   * The claims of a token this fake issued that has not expired at {@code now}: its user, session
   * and the {@code user} role.
   */
  @Override
  public synchronized Optional<AccessTokenClaims> verify(String compact, Instant now) {
    return issued.stream()
        .filter(one -> one.token().compact().equals(compact))
        .filter(one -> one.token().expiresAt().isAfter(now))
        .findFirst()
        .map(
            one ->
                new AccessTokenClaims(
                    one.user().id().value(), one.session().id().value(), Set.of("user")));
  }

  /** Publishes key {@code kid} until {@code until}. */
  public synchronized void publish(String kid, Instant until) {
    publishedUntil.put(kid, until);
  }

  public List<Issued> issued() {
    return List.copyOf(issued);
  }
}
