package io.taskguard.adapter.rest.task;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.taskguard.application.port.in.SigningKeysUseCase;
import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;

/**
 * Keeps every token that does not verify away from MicroProfile JWT, which writes the whole text of
 * a token it refuses into the server's logs: the refusal messages CWWKS5523E/CWWKS5524E and, for a
 * signature that does not verify, an FFDC incident (Liberty's {@code ConsumerUtil}, probe 852)
 * whose exception text is the compact JWS, with its {@code FFDC1015I} notice and JSON {@code
 * liberty_ffdc} event in {@code messages.log} and on the console. Such a token is often a genuine
 * one: sent with bytes appended, or with its header or claims changed and its real signature kept.
 *
 * <p>Liberty tells a web module's request listeners about a request before its security
 * collaborator runs the trust association interceptors, MP-JWT's among them. This listener takes
 * the credential MP-JWT would read from a header its {@code authFilter} shows it ({@link
 * IssuedTokenRules#isJudgedByMpJwt}) and verifies it with the token issuer's own verifier (the same
 * keys, issuer, audience and expiry). A token that does not verify is marked for {@link
 * ScreenedTokenSource}, which then points MP-JWT at a cookie that cannot exist, so MP-JWT finds no
 * token, writes nothing, and the request reaches {@link TaskApiGate} unauthenticated, which answers
 * it with the task API's 401. A token that verifies goes on to MP-JWT, and with it the key set it
 * verified with ({@link SigningKeysUseCase#trustedKeySet}), which MP-JWT checks it against in turn
 * instead of fetching the server's own JWKS over HTTP.
 *
 * <p>Tokens that verified are remembered for a few minutes with their key, so a client's token
 * costs one extra signature check, not one per request; a remembered token whose key has been
 * withdrawn since is verified again (and refused). One that has expired since still reaches MP-JWT,
 * which refuses it for its expiry, before any signature check and without quoting it.
 */
public class MpJwtScreen implements ServletRequestListener {

  /** Tokens that verified, with their {@code kid}. */
  private final Cache<String, String> verified =
      Caffeine.newBuilder().maximumSize(4_096).expireAfterWrite(Duration.ofMinutes(5)).build();

  @Inject SigningKeysUseCase keys;

  @Override
  public void requestInitialized(ServletRequestEvent event) {
    ScreenedTokenSource.clear();
    if (event.getServletRequest() instanceof HttpServletRequest request) {
      String authorization = request.getHeader("Authorization");
      if (IssuedTokenRules.isJudgedByMpJwt(authorization)) {
        try {
          if (verifies(IssuedTokenRules.mpJwtCredential(authorization))) {
            ScreenedTokenSource.verifiedWith(keys.trustedKeySet());
          } else {
            ScreenedTokenSource.screenOut();
          }
        } catch (RuntimeException keysUnreadable) {
          // the database is away: TaskApiGate answers the request as unavailable, not as refused
          ScreenedTokenSource.screenOut(keysUnreadable);
        }
      }
    }
  }

  @Override
  public void requestDestroyed(ServletRequestEvent event) {
    ScreenedTokenSource.clear();
  }

  private boolean verifies(String token) {
    String kid = verified.getIfPresent(token);
    if (kid != null && keys.isTrusted(kid)) {
      return true;
    }
    boolean verifies = keys.verify(token).isPresent();
    if (verifies) {
      verified.put(token, String.valueOf(TokenShape.of(token).kid()));
    } else {
      verified.invalidate(token);
    }
    return verifies;
  }
}
