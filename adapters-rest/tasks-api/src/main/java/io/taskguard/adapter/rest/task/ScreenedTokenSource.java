package io.taskguard.adapter.rest.task;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Where MicroProfile JWT looks for the token of the request being served, and the keys it verifies
 * it with, as MicroProfile Config ({@code mp.jwt.token.header}, {@code mp.jwt.token.cookie}, {@code
 * mp.jwt.verify.publickey}): Liberty's MP-JWT reads them from the application's configuration on
 * every request ({@code MicroProfileJwtTAI}, {@code MpConfigUtil}), on the thread that serves it.
 *
 * <p>For a request {@link MpJwtScreen} screened out, the token is in a cookie whose name holds a
 * {@code ;}, which no request can send, so MP-JWT finds no token and judges nothing. For a request
 * whose token the screen verified, the key is the JWK Set the screen verified it with, so MP-JWT
 * never fetches the key set over HTTP: it parses a set once per distinct text and picks the key by
 * the token's {@code kid} ({@code JwKRetriever}). For every other request this source has no value
 * and MP-JWT reads the {@code Authorization} header as always.
 */
public class ScreenedTokenSource implements ConfigSource {

  static final String TOKEN_HEADER = "mp.jwt.token.header";
  static final String TOKEN_COOKIE = "mp.jwt.token.cookie";
  static final String PUBLIC_KEY = "mp.jwt.verify.publickey";

  /** A cookie name that cannot be sent: a {@code ;} ends a cookie in the {@code Cookie} header. */
  static final String NO_SUCH_COOKIE = "taskguard;screened-out";

  private static final ThreadLocal<Screened> SCREENED = new ThreadLocal<>();

  /**
   * What the screen made of the token of the request this thread serves: verified with {@code
   * keySet}, or kept from MP-JWT ({@code keySet} null) because it did not verify or, with {@code
   * unverifiable}, could not be checked.
   */
  private record Screened(String keySet, RuntimeException unverifiable) {}

  /** Marks the request this thread serves: its token verified with a key of {@code keySet}. */
  static void verifiedWith(String keySet) {
    SCREENED.set(new Screened(keySet, null));
  }

  /** Marks the request this thread serves: its token must not reach MP-JWT. */
  static void screenOut() {
    SCREENED.set(new Screened(null, null));
  }

  /**
   * Marks the request this thread serves as one whose token could not be verified at all (the keys
   * could not be read): it must not reach MP-JWT either, and the gate answers it with {@code
   * failure}'s answer, not as a refused token.
   */
  static void screenOut(RuntimeException failure) {
    SCREENED.set(new Screened(null, failure));
  }

  static void clear() {
    SCREENED.remove();
  }

  static boolean screenedOut() {
    Screened screened = SCREENED.get();
    return screened != null && screened.keySet() == null;
  }

  /** The failure that kept this thread's request from being verified, if one did. */
  static RuntimeException verificationFailure() {
    Screened screened = SCREENED.get();
    return screened == null ? null : screened.unverifiable();
  }

  @Override
  public Set<String> getPropertyNames() {
    return Set.of();
  }

  @Override
  public Map<String, String> getProperties() {
    return Map.of();
  }

  @Override
  public String getValue(String name) {
    Screened screened = SCREENED.get();
    if (screened == null) {
      return null;
    }
    if (screened.keySet() != null) {
      return PUBLIC_KEY.equals(name) ? screened.keySet() : null;
    }
    return switch (name) {
      case TOKEN_HEADER -> "Cookie";
      case TOKEN_COOKIE -> NO_SUCH_COOKIE;
      default -> null;
    };
  }

  /** Above every other source: the server's environment and system properties included. */
  @Override
  public int getOrdinal() {
    return 1_000;
  }

  @Override
  public String getName() {
    return "taskguard: the token MicroProfile JWT judges, and its keys";
  }
}
