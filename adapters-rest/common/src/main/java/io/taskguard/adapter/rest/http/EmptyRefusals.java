package io.taskguard.adapter.rest.http;

import io.taskguard.adapter.rest.observability.Refusals;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * Liberty answers a refused token with an empty 401 or 403. This gives those answers the JSON body
 * of the API whose application registers it and the {@code WWW-Authenticate} challenge RFC 6750
 * asks for.
 */
public class EmptyRefusals implements ContainerResponseFilter {

  private final ErrorDialect dialect;
  private final String unauthorizedMessage;

  /**
   * @param unauthorized the dialect's message for a 401 ("Not authenticated" on the task API,
   *     Better Auth's "Unauthorized" on the accounts API)
   */
  public EmptyRefusals(ErrorDialect dialect, String unauthorized) {
    this.dialect = dialect;
    this.unauthorizedMessage = unauthorized;
  }

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
        dialect.body(
            unauthorized ? unauthorizedMessage : "Access denied",
            unauthorized ? "UNAUTHORIZED" : "ACCESS_DENIED");
    response.setEntity(body, null, MediaType.APPLICATION_JSON_TYPE);
    if (unauthorized) {
      response
          .getHeaders()
          .putSingle(
              HttpHeaders.WWW_AUTHENTICATE,
              ErrorDialect.bearerChallenge(request.getHeaderString(HttpHeaders.AUTHORIZATION)));
    }
  }
}
