package io.taskguard.adapter.rest.security;

import io.taskguard.adapter.rest.error.ErrorBodies;
import io.taskguard.adapter.rest.observability.Refusals;
import io.taskguard.application.port.in.SessionCheckUseCase;
import io.taskguard.application.port.in.SigningKeysUseCase;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
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
  @Inject JsonWebToken injected;
  @Context UriInfo uri;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!ErrorBodies.isTaskApi(uri.getPath())) {
      return;
    }
    JsonWebToken jwt =
        request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken principal
            ? principal
            : injected;
    if (jwt == null || jwt.getRawToken() == null) {
      return;
    }
    String subject = jwt.getSubject();
    String sessionId = jwt.getClaim("sid");
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    String refusal = null;
    if (!IssuedTokenRules.followed(
        authorization,
        jwt.getRawToken(),
        TokenHeaders.payloadHasNumber(jwt.getRawToken(), "iat"))) {
      refusal = Refusals.INVALID_TOKEN;
    } else if (!keys.isTrusted(TokenHeaders.kid(jwt.getRawToken()))) {
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
}
