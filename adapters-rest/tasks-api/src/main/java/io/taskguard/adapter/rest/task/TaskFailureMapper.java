package io.taskguard.adapter.rest.task;

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
 * The task API's one place where a domain failure becomes an HTTP answer: the status and detail of
 * {@link TaskErrors}, the bearer challenge on a 401, and the reason of a 401 or 403 for the refusal
 * metrics.
 */
@ApplicationScoped
public class TaskFailureMapper implements ExceptionMapper<DomainException> {

  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(DomainException failure) {
    TaskErrors.Wire wire = TaskErrors.of(failure);
    Response.ResponseBuilder response =
        TaskErrors.DIALECT.answer(wire.status(), wire.detail(), null);
    String authorization =
        headers == null ? null : headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (failure instanceof DomainException.NotOwner) {
      Refusals.mark(request, Refusals.NOT_OWNER);
    }
    if (failure instanceof DomainException.NotAuthenticated) {
      Refusals.mark(
          request, authorization == null ? Refusals.MISSING_CREDENTIAL : Refusals.INVALID_TOKEN);
      response.header(HttpHeaders.WWW_AUTHENTICATE, ErrorDialect.bearerChallenge(authorization));
    }
    if (failure instanceof DomainException.Throttled throttled) {
      long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
      response.header(HttpHeaders.RETRY_AFTER, seconds).header("X-Retry-After", seconds);
    }
    return response.build();
  }
}
