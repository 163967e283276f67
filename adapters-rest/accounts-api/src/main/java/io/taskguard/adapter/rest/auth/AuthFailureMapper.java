package io.taskguard.adapter.rest.auth;

import io.taskguard.adapter.rest.http.ErrorDialect;
import io.taskguard.adapter.rest.observability.Refusals;
import io.taskguard.domain.user.IdentityFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * The accounts API's one place where an identity failure becomes an HTTP answer: the status, code
 * and message of {@link AuthErrors}, {@code Retry-After} on a throttled request, the bearer
 * challenge on a 401, and the reason of a 401 for the refusal metrics. It maps {@link
 * IdentityFailure} alone: the accounts API raises no other domain failure, and one that reached it
 * would be a fault for {@code UnexpectedFailures}, not an answer to guess.
 */
@ApplicationScoped
public class AuthFailureMapper implements ExceptionMapper<IdentityFailure> {

  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(IdentityFailure failure) {
    AuthErrors.Wire wire = AuthErrors.of(failure);
    Response.ResponseBuilder response =
        AuthErrors.DIALECT.answer(wire.status(), wire.message(), wire.code());
    String authorization =
        headers == null ? null : headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    String refusal = refusal(failure, authorization);
    if (refusal != null) {
      Refusals.mark(request, refusal);
    }
    if (failure instanceof IdentityFailure.Throttled throttled) {
      long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
      response.header(HttpHeaders.RETRY_AFTER, seconds).header("X-Retry-After", seconds);
    }
    if (failure instanceof IdentityFailure.NotAuthenticated) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, ErrorDialect.bearerChallenge(authorization));
    }
    return response.build();
  }

  /** Why a 401 is answered ({@link Refusals}); null for every other failure. */
  static String refusal(IdentityFailure failure, String authorization) {
    if (failure instanceof IdentityFailure.InvalidCredentials) {
      return Refusals.BAD_CREDENTIALS;
    }
    if (!(failure instanceof IdentityFailure.NotAuthenticated)) {
      return null;
    }
    return authorization == null ? Refusals.MISSING_CREDENTIAL : Refusals.INVALID_SESSION;
  }
}
