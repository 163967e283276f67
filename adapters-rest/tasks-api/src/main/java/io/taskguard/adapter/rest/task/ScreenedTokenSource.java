package io.taskguard.adapter.rest.task;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Where MicroProfile JWT looks for the token of the request being served, as MicroProfile Config
 * ({@code mp.jwt.token.header}, {@code mp.jwt.token.cookie}): Liberty's MP-JWT reads the two from
 * the application's configuration on every request ({@code MicroProfileJwtTAI}, {@code
 * MpConfigUtil}), on the thread that serves it. For a request {@link MpJwtScreen} screened out, the
 * token is in a cookie whose name holds a {@code ;}, which no request can send, so MP-JWT finds no
 * token and judges nothing; for every other request this source has no value and MP-JWT reads the
 * {@code Authorization} header as always.
 */
public class ScreenedTokenSource implements ConfigSource {

  static final String TOKEN_HEADER = "mp.jwt.token.header";
  static final String TOKEN_COOKIE = "mp.jwt.token.cookie";

  /** A cookie name that cannot be sent: a {@code ;} ends a cookie in the {@code Cookie} header. */
  static final String NO_SUCH_COOKIE = "taskguard;screened-out";

  private static final ThreadLocal<Screened> SCREENED_OUT = new ThreadLocal<>();

  /** Why a request's token was kept from MP-JWT: it did not verify, or it could not be checked. */
  private record Screened(RuntimeException unverifiable) {}

  /** Marks the request this thread serves: its token must not reach MP-JWT. */
  static void screenOut() {
    SCREENED_OUT.set(new Screened(null));
  }

  /**
   * Marks the request this thread serves as one whose token could not be verified at all (the keys
   * could not be read): it must not reach MP-JWT either, and the gate answers it with {@code
   * failure}'s answer, not as a refused token.
   */
  static void screenOut(RuntimeException failure) {
    SCREENED_OUT.set(new Screened(failure));
  }

  static void clear() {
    SCREENED_OUT.remove();
  }

  static boolean screenedOut() {
    return SCREENED_OUT.get() != null;
  }

  /** The failure that kept this thread's request from being verified, if one did. */
  static RuntimeException verificationFailure() {
    Screened screened = SCREENED_OUT.get();
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
    if (!screenedOut()) {
      return null;
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
    return "taskguard: tokens MicroProfile JWT must not see";
  }
}
