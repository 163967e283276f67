package io.taskguard.adapter.rest.security;

import io.taskguard.adapter.rest.error.ErrorBodies;
import io.taskguard.adapter.rest.observability.Refusals;
import io.taskguard.application.port.in.SessionCheckUseCase;
import io.taskguard.application.port.in.SigningKeysUseCase;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * After MicroProfile JWT has verified a task API token's signature and claims, refuses it when its
 * session ({@code sid}) has ended: signed out, revoked, expired, or its user deleted. This is what
 * makes sign-out end every JWT of the session at once, on every server. It also refuses a token
 * that is not shaped or sent as taskguard's own ({@link IssuedTokenRules}) and one whose key has
 * been withdrawn.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 1)
public class SessionRevocationFilter implements ContainerRequestFilter {

  @Inject SessionCheckUseCase sessions;
  @Inject SigningKeysUseCase keys;
  @Context UriInfo uri;
  @Context HttpServletRequest servletRequest;
  @Context HttpServletResponse servletResponse;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!ErrorBodies.isTaskApi(uri.getPath())) {
      return;
    }
    JsonWebToken jwt = verifiedToken(request);
    if (jwt == null || jwt.getRawToken() == null) {
      return;
    }
    String subject = jwt.getSubject();
    String sessionId = jwt.getClaim("sid");
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    TokenShape token = TokenShape.of(jwt.getRawToken());
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
          ErrorBodies.response(uri, 401, "Not authenticated", "UNAUTHORIZED")
              .header(HttpHeaders.WWW_AUTHENTICATE, ErrorBodies.bearerChallenge(authorization))
              .build());
    }
  }

  /**
   * The token this request is authenticated with, authenticating it first when Liberty has not yet:
   * MP-JWT takes a bearer token up front, but a token in another form (a bare one without the
   * {@code Bearer} scheme) only when something asks for the caller, as Liberty's
   * {@code @RolesAllowed} filter does after this one. Left to that filter, such a request would
   * reach the resource without the checks above (found by JwtAttackIT, "no scheme", when the task
   * resource stopped being created per request). A request that does not authenticate stays without
   * a token, and the role check refuses it with 401.
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
