package io.taskguard.adapter.rest.security;

import io.taskguard.adapter.rest.error.ErrorBodies;
import io.taskguard.adapter.rest.observability.Refusals;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Liberty answers a refused token with an empty 401 or 403. This gives those answers the JSON body
 * of the API that was called and the {@code WWW-Authenticate} challenge RFC 6750 asks for.
 */
@Provider
public class UnauthorizedBodyFilter implements ContainerResponseFilter {

  @Context UriInfo uri;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    int status = response.getStatus();
    if ((status != 401 && status != 403) || response.hasEntity()) {
      return;
    }
    boolean unauthorized = status == 401;
    boolean sentCredential = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
    Refusals.mark(
        request,
        !unauthorized
            ? Refusals.MISSING_ROLE
            : sentCredential ? Refusals.INVALID_TOKEN : Refusals.MISSING_CREDENTIAL);
    Map<String, String> body =
        ErrorBodies.body(
            uri.getPath(),
            unauthorized
                ? (ErrorBodies.isTaskApi(uri.getPath()) ? "Not authenticated" : "Unauthorized")
                : "Access denied",
            unauthorized ? "UNAUTHORIZED" : "ACCESS_DENIED");
    response.setEntity(body, null, MediaType.APPLICATION_JSON_TYPE);
    if (unauthorized) {
      response
          .getHeaders()
          .putSingle(
              HttpHeaders.WWW_AUTHENTICATE,
              ErrorBodies.bearerChallenge(request.getHeaderString(HttpHeaders.AUTHORIZATION)));
    }
  }
}
