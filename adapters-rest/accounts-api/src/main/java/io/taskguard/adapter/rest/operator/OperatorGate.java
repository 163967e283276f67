package io.taskguard.adapter.rest.operator;

import io.taskguard.adapter.rest.auth.AuthErrors;
import io.taskguard.adapter.rest.http.ClientInfos;
import io.taskguard.application.port.in.OperatorAccessUseCase;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/**
 * Lets only the operator reach the operator endpoints. Without a configured credential they do not
 * exist (404, the same answer as any unknown path); a request without the right HTTP Basic
 * credential gets 401 with a Basic challenge; an address with too many wrong guesses gets 429. The
 * credential is checked here, not by Liberty's security, so the application owns its throttling and
 * audit.
 */
@ApplicationScoped
@OperatorOnly
@Priority(Priorities.AUTHENTICATION)
public class OperatorGate implements ContainerRequestFilter {

  static final String CHALLENGE = "Basic realm=\"taskguard-operator\", charset=\"UTF-8\"";

  private final OperatorAccessUseCase access;
  private final ClientInfos clients;
  @Context HttpServletRequest servletRequest;

  /**
   * For CDI's client proxy, and for JAX-RS, which wants a public constructor it could call before
   * it hands the class to CDI (the instance CDI makes uses the one below).
   */
  public OperatorGate() {
    this(null, null);
  }

  @Inject
  public OperatorGate(OperatorAccessUseCase access, ClientInfos clients) {
    this.access = access;
    this.clients = clients;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!access.enabled()) {
      request.abortWith(AuthErrors.DIALECT.answer(404, "Not found", "NOT_FOUND").build());
      return;
    }
    Optional<BasicCredentials> given =
        BasicCredentials.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    String address = clients.of(servletRequest).address();
    if (given.isEmpty() || !access.admits(given.get().user(), given.get().password(), address)) {
      request.abortWith(
          AuthErrors.DIALECT
              .answer(401, "Operator credential required", "UNAUTHORIZED")
              .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
              .build());
    }
  }
}
