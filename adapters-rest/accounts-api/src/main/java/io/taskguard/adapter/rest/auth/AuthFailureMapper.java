package io.taskguard.adapter.rest.auth;

import io.taskguard.adapter.rest.http.ErrorDialect;
import io.taskguard.adapter.rest.observability.Refusals;
import io.taskguard.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * The accounts API's one place where a domain failure becomes an HTTP answer: the status, code and
 * message of {@link AuthErrors}, {@code Retry-After} on a throttled request, the bearer challenge
 * on a 401, and the reason of a 401 or 403 for the refusal metrics.
 */
@ApplicationScoped
public class AuthFailureMapper implements ExceptionMapper<DomainException> {

  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(DomainException failure) {
    AuthErrors.Wire wire = AuthErrors.of(failure);
    Response.ResponseBuilder response =
        AuthErrors.DIALECT.answer(wire.status(), wire.message(), wire.code());
    String authorization =
        headers == null ? null : headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    String refusal = refusal(failure, authorization);
    if (refusal != null) {
      Refusals.mark(request, refusal);
    }
    if (failure instanceof DomainException.Throttled throttled) {
      long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
      response.header(HttpHeaders.RETRY_AFTER, seconds).header("X-Retry-After", seconds);
    }
    if (failure instanceof DomainException.NotAuthenticated) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, ErrorDialect.bearerChallenge(authorization));
    }
    return response.build();
  }

  /** Why a 401 or 403 is answered ({@link Refusals}); null for every other failure. */
  static String refusal(DomainException failure, String authorization) {
    if (failure instanceof DomainException.InvalidCredentials) {
      return Refusals.BAD_CREDENTIALS;
    }
    if (failure instanceof DomainException.NotOwner) {
      return Refusals.NOT_OWNER;
    }
    if (!(failure instanceof DomainException.NotAuthenticated)) {
      return null;
    }
    return authorization == null ? Refusals.MISSING_CREDENTIAL : Refusals.INVALID_SESSION;
  }
}
