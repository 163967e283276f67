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
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The task API's one gate. MicroProfile JWT verifies a token's signature, issuer, audience and
 * expiry; this filter checks everything else once per request and hands the resource a {@link
 * VerifiedCaller}. It reads the subject, session and roles from MP-JWT's {@code JsonWebToken}, and
 * the rest ({@link TokenShape}) from the token itself, once per token:
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
  @Context HttpServletRequest servletRequest;
  @Context HttpServletResponse servletResponse;

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
    JsonWebToken jwt = verifiedToken(request);
    if (jwt == null || jwt.getRawToken() == null) {
      // Liberty's empty refusal: EmptyRefusals adds the body and challenge.
      request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
      return;
    }
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    String raw = jwt.getRawToken();
    TokenShape token = shapes.get(raw, TokenShape::of);
    String subject = jwt.getSubject();
    String sessionId = jwt.getClaim("sid");
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
    Set<String> groups = jwt.getGroups();
    if (groups == null || !groups.contains(ROLE)) {
      request.abortWith(Response.status(Response.Status.FORBIDDEN).build());
      return;
    }
    request.setSecurityContext(
        new CallerContext(
            new VerifiedCaller(new UserId(subject), sessionId, Set.copyOf(groups)),
            request.getSecurityContext()));
  }

  /**
   * The token this request is authenticated with, authenticating it first when Liberty has not yet:
   * MP-JWT takes a bearer token up front, but a token in another form (a bare one without the
   * {@code Bearer} scheme) only when something asks for the caller. Unasked, such a request would
   * reach the resource without the checks above. A request that does not authenticate stays without
   * a token and is refused with 401.
   */
  private JsonWebToken verifiedToken(ContainerRequestContext request) {
    if (request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken jwt) {
      return jwt;
    }
    if (IssuedTokenRules.isBearer(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
      return null; // MP-JWT judged it up front and refused it; asking again repeats that work
    }
    try {
      servletRequest.authenticate(servletResponse);
    } catch (IOException | ServletException e) {
      return null;
    }
    return servletRequest.getUserPrincipal() instanceof JsonWebToken jwt ? jwt : null;
  }

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
