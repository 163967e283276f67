package io.taskguard.adapter.token;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.taskguard.application.port.out.AccessToken;
import io.taskguard.domain.session.Session;
import io.taskguard.domain.session.SessionId;
import io.taskguard.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The JWT this server last signed for each session, handed out again while it is young instead of
 * signing a new one on every {@code /token} and {@code get-session} call (an RS256 signature costs
 * about a millisecond). A token is reused only while it is younger than a tenth of the token
 * lifetime, was signed by the key that signs now, and carries the same user and session fields; so
 * a caller always gets at least nine tenths of a lifetime, and a rotation or a changed profile is
 * seen at once. It is a per-server cache, not shared state: a server without an entry signs.
 */
final class RecentTokens {

  private static final int MAX_REMEMBERED = 100_000;

  private record Issued(
      User user, Session session, String kid, Instant issuedAt, AccessToken jwt) {}

  private final Duration reuseFor;

  /** Bounded, and an entry leaves once it can no longer be reused: memory stays small. */
  private final Cache<SessionId, Issued> issued;

  RecentTokens(Duration tokenTtl) {
    this.reuseFor = tokenTtl.dividedBy(10);
    this.issued =
        Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).expireAfterWrite(reuseFor).build();
  }

  /** The token to hand out again for {@code session}, if a young enough one was signed here. */
  Optional<AccessToken> reusable(User user, Session session, String kid, Instant now) {
    Issued known = issued.getIfPresent(session.id());
    if (known == null
        || !known.kid.equals(kid)
        || !known.user.equals(user)
        || !known.session.equals(session)
        || now.isBefore(known.issuedAt)
        || !now.isBefore(known.issuedAt.plus(reuseFor))) {
      return Optional.empty();
    }
    return Optional.of(known.jwt);
  }

  void remember(User user, Session session, String kid, Instant now, AccessToken jwt) {
    issued.put(session.id(), new Issued(user, session, kid, now, jwt));
  }
}
