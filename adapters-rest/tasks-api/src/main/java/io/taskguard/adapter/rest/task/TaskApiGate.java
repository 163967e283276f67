package io.taskguard.adapter.rest.task;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.taskguard.adapter.rest.http.ErrorDialect;
import io.taskguard.adapter.rest.observability.Refusals;
import io.taskguard.application.port.in.SessionCheckUseCase;
import io.taskguard.application.port.in.SigningKeysUseCase;
import io.taskguard.domain.user.UserId;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The task API's one gate. MicroProfile JWT verifies a token's signature, issuer, audience and
 * expiry (the token issuer does the same for a Bearer header MP-JWT is not shown, {@link
 * IssuedTokenRules#isJudgedByMpJwt}); this filter checks everything else once per request and hands
 * the resource a {@link VerifiedCaller}. It reads the subject, session and roles from MP-JWT's
 * {@code JsonWebToken} (or the issuer's claims), and the rest ({@link TokenShape}) from the token
 * itself, once per token:
 *
 * <ul>
 *   <li>no verified token: 401;
 *   <li>not taskguard's own token or way of sending it ({@link IssuedTokenRules}), a signing key
 *       that has been withdrawn, or a session ({@code sid}) that is not live for the subject
 *       (signed out, revoked, expired, user deleted, or a subject that is no user id): 401 with the
 *       API's body and challenge. The session check is what ends every JWT of a session at
 *       sign-out, on every server;
 *   <li>no {@code user} role: 403.
 * </ul>
 *
 * The role check is here rather than in {@code @RolesAllowed}, for which Liberty reads the
 * resource's security annotations again on every request.
 */
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION + 1)
public class TaskApiGate implements ContainerRequestFilter {

  /** The role every token taskguard issues carries in {@code groups}. */
  static final String ROLE = "user";

  /**
   * Shapes of recently seen tokens: a client sends one token for many requests, and what is read of
   * it never changes. Bounded in number (a token is about a kilobyte, so at most a few megabytes)
   * and in time: an entry unused for 15 minutes is dropped.
   */
  private final Cache<String, TokenShape> shapes =
      Caffeine.newBuilder().maximumSize(4_096).expireAfterAccess(Duration.ofMinutes(15)).build();

  private final SessionCheckUseCase sessions;
  private final SigningKeysUseCase keys;

  /**
   * For CDI's client proxy, and for JAX-RS, which wants a public constructor it could call before
   * it hands the class to CDI (the instance CDI makes uses the one below).
   */
  public TaskApiGate() {
    this(null, null);
  }

  @Inject
  public TaskApiGate(SessionCheckUseCase sessions, SigningKeysUseCase keys) {
    this.sessions = sessions;
    this.keys = keys;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    RuntimeException unverifiable = ScreenedTokenSource.verificationFailure();
    if (unverifiable != null) {
      throw unverifiable; // the keys could not be read: UnexpectedFailures answers 503 for an
      // outage
    }
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    Presented jwt = verifiedToken(request, authorization);
    if (jwt == null) {
      // Liberty's empty refusal: EmptyRefusals adds the body and challenge.
      request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
      return;
    }
    TokenShape token = shapes.get(jwt.raw(), TokenShape::of);
    String subject = jwt.subject();
    String sessionId = jwt.sessionId();
    String refusal = null;
    if (!IssuedTokenRules.followed(authorization, token)) {
      refusal = Refusals.INVALID_TOKEN;
    } else if (!keys.isTrusted(token.kid())) {
      refusal = Refusals.KEY_WITHDRAWN;
    } else if (!sessions.isLive(sessionId, subject)) {
      // also a subject that is no user id: no session is live for it
      refusal = Refusals.SESSION_ENDED;
    }
    if (refusal != null) {
      Refusals.mark(request, refusal);
      request.abortWith(
          TaskErrors.DIALECT
              .answer(401, "Not authenticated", "UNAUTHORIZED")
              .header(HttpHeaders.WWW_AUTHENTICATE, ErrorDialect.bearerChallenge(authorization))
              .build());
      return;
    }
    Set<String> groups = jwt.groups();
    if (!groups.contains(ROLE)) {
      request.abortWith(Response.status(Response.Status.FORBIDDEN).build());
      return;
    }
    request.setSecurityContext(
        new CallerContext(
            new VerifiedCaller(new UserId(subject), sessionId, Set.copyOf(groups)),
            request.getSecurityContext()));
  }

  /**
   * The verified token of this request, or null. MP-JWT verifies a header in the canonical form
   * ({@code Bearer} and one space, {@link IssuedTokenRules#isJudgedByMpJwt}) up front, once {@link
   * MpJwtScreen} has found that its token verifies; a Bearer header in any other form is not shown
   * to it and is verified here by the token issuer with the same rules. A request with neither (no
   * header, another scheme, a bare token) has no token.
   */
  private Presented verifiedToken(ContainerRequestContext request, String authorization) {
    if (request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken jwt) {
      // MP-JWT also takes a token from a form's access_token when it found none in the header
      // (a request MpJwtScreen screened out): only the header's own token counts
      return jwt.getRawToken() == null
              || !IssuedTokenRules.isJudgedByMpJwt(authorization)
              || !jwt.getRawToken().equals(IssuedTokenRules.mpJwtCredential(authorization))
          ? null
          : new Presented(jwt.getRawToken(), jwt.getSubject(), jwt.getClaim("sid"), groups(jwt));
    }
    if (!IssuedTokenRules.isBearer(authorization)
        || IssuedTokenRules.isJudgedByMpJwt(authorization)) {
      return null; // no Bearer credential, or one MP-JWT refused or was kept from (MpJwtScreen)
    }
    String raw = IssuedTokenRules.credential(authorization);
    return keys.verify(raw)
        .map(claims -> new Presented(raw, claims.subject(), claims.sessionId(), claims.groups()))
        .orElse(null);
  }

  private static Set<String> groups(JsonWebToken jwt) {
    Set<String> groups = jwt.getGroups();
    return groups == null ? Set.of() : groups;
  }

  /** A verified token: the compact form and the claims the gate checks. */
  private record Presented(String raw, String subject, String sessionId, Set<String> groups) {}

  /** The request's security context with the verified caller as its principal. */
  private record CallerContext(VerifiedCaller caller, SecurityContext verified)
      implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
      return caller;
    }

    @Override
    public boolean isUserInRole(String role) {
      return caller.roles().contains(role);
    }

    @Override
    public boolean isSecure() {
      return verified.isSecure();
    }

    @Override
    public String getAuthenticationScheme() {
      return verified.getAuthenticationScheme();
    }
  }
}
