package io.taskguard.adapter.rest.operator;

import io.taskguard.adapter.rest.auth.ClientInfos;
import io.taskguard.adapter.rest.error.ErrorBodies;
import io.taskguard.application.port.in.OperatorAccessUseCase;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Lets only the operator reach the operator endpoints. Without a configured credential they do not
 * exist (404, the same answer as any unknown path); a request without the right HTTP Basic
 * credential gets 401 with a Basic challenge; an address with too many wrong guesses gets 429. The
 * credential is checked here, not by Liberty's security, so the application owns its throttling and
 * audit.
 */
@Provider
@OperatorOnly
@Priority(Priorities.AUTHENTICATION)
public class OperatorGate implements ContainerRequestFilter {

  static final String CHALLENGE = "Basic realm=\"taskguard-operator\", charset=\"UTF-8\"";

  @Inject OperatorAccessUseCase access;
  @Inject ClientInfos clients;
  @Context HttpServletRequest servletRequest;
  @Context UriInfo uri;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!access.enabled()) {
      request.abortWith(ErrorBodies.response(uri, 404, "Not found", "NOT_FOUND").build());
      return;
    }
    Optional<BasicCredentials> given =
        BasicCredentials.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    String address = clients.of(servletRequest).address();
    if (given.isEmpty() || !access.admits(given.get().user(), given.get().password(), address)) {
      request.abortWith(
          ErrorBodies.response(uri, 401, "Operator credential required", "UNAUTHORIZED")
              .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
              .build());
    }
  }
}
