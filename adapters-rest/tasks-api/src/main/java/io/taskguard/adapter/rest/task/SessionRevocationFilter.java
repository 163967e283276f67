package io.taskguard.adapter.rest.task;

import io.taskguard.adapter.rest.http.ErrorDialect;
import io.taskguard.adapter.rest.observability.Refusals;
import io.taskguard.application.port.in.SessionCheckUseCase;
import io.taskguard.application.port.in.SigningKeysUseCase;
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
import java.io.IOException;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The task API's gate. After MicroProfile JWT has verified a task API token's signature and claims,
 * refuses it when its session ({@code sid}) has ended: signed out, revoked, expired, or its user
 * deleted. This is what makes sign-out end every JWT of the session at once, on every server. It
 * also refuses a token that is not shaped or sent as taskguard's own ({@link IssuedTokenRules}) and
 * one whose key has been withdrawn, a request with no verified token (401) and a token without the
 * {@code user} role (403). The last two were {@code @RolesAllowed("user")} on the resource, for
 * which Liberty parsed the resource's security annotations on every request (about 11 % of the
 * server's CPU per task-list request, bench/README.md).
 */
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION + 1)
public class SessionRevocationFilter implements ContainerRequestFilter {

  private final SessionCheckUseCase sessions;
  private final SigningKeysUseCase keys;
  @Context HttpServletRequest servletRequest;
  @Context HttpServletResponse servletResponse;

  /**
   * For CDI's client proxy, and for JAX-RS, which wants a public constructor it could call before
   * it hands the class to CDI (the instance CDI makes uses the one below).
   */
  public SessionRevocationFilter() {
    this(null, null);
  }

  @Inject
  public SessionRevocationFilter(SessionCheckUseCase sessions, SigningKeysUseCase keys) {
    this.sessions = sessions;
    this.keys = keys;
  }

  /** The role every token taskguard issues carries in {@code groups}. */
  static final String ROLE = "user";

  @Override
  public void filter(ContainerRequestContext request) {
    JsonWebToken jwt = verifiedToken(request);
    if (jwt == null || jwt.getRawToken() == null) {
      // Liberty's empty refusal, as the role check gave: EmptyRefusals adds the body and challenge.
      request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
      return;
    }
    String subject = jwt.getSubject();
    String sessionId = jwt.getClaim("sid");
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    TokenShape token = TokenShape.ofRemembered(jwt.getRawToken());
    String refusal = null;
    if (!IssuedTokenRules.followed(authorization, token)) {
      refusal = Refusals.INVALID_TOKEN;
    } else if (!keys.isTrusted(token.kid())) {
      refusal = Refusals.KEY_WITHDRAWN;
    } else if (!sessions.isLive(sessionId, subject)) {
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
    }
  }

  /**
   * The token this request is authenticated with, authenticating it first when Liberty has not yet:
   * MP-JWT takes a bearer token up front, but a token in another form (a bare one without the
   * {@code Bearer} scheme) only when something asks for the caller. Unasked, such a request would
   * reach the resource without the checks above (found by JwtAttackIT, "no scheme", when the task
   * resource stopped being created per request). A request that does not authenticate stays without
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
}
