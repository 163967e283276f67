package io.taskguard.adapter.rest.error;

import io.taskguard.adapter.rest.observability.Refusals;
import io.taskguard.domain.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The one place where a domain failure becomes an HTTP answer: its status, and a JSON body in the
 * dialect of the API that was called ({@link ErrorBodies}).
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  @Context UriInfo uri;
  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(DomainException failure) {
    String message =
        failure instanceof DomainException.NotAuthenticated && ErrorBodies.isTaskApi(uri.getPath())
            ? "Not authenticated"
            : failure.getMessage();
    Response.ResponseBuilder response =
        ErrorBodies.response(uri, status(failure), message, failure.code());
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
      response.header(HttpHeaders.WWW_AUTHENTICATE, ErrorBodies.bearerChallenge(authorization));
    }
    return response.build();
  }

  /** Why a 401 or 403 is answered ({@link Refusals}); null for every other failure. */
  String refusal(DomainException failure, String authorization) {
    if (failure instanceof DomainException.InvalidCredentials) {
      return Refusals.BAD_CREDENTIALS;
    }
    if (failure instanceof DomainException.NotOwner) {
      return Refusals.NOT_OWNER;
    }
    if (!(failure instanceof DomainException.NotAuthenticated)) {
      return null;
    }
    if (authorization == null) {
      return Refusals.MISSING_CREDENTIAL;
    }
    return ErrorBodies.isTaskApi(uri.getPath()) ? Refusals.INVALID_TOKEN : Refusals.INVALID_SESSION;
  }

  static int status(DomainException failure) {
    if (failure instanceof DomainException.InvalidInput invalid
        && "PAYLOAD_TOO_LARGE".equals(invalid.code())) {
      return 413;
    }
    if (failure instanceof DomainException.InvalidInput invalid
        && "UNSUPPORTED_MEDIA_TYPE".equals(invalid.code())) {
      return 415;
    }
    if (failure instanceof DomainException.InvalidInput
        || failure instanceof DomainException.WeakPassword) {
      return 400;
    }
    if (failure instanceof DomainException.InvalidCredentials
        || failure instanceof DomainException.NotAuthenticated) {
      return 401;
    }
    if (failure instanceof DomainException.NotOwner) {
      return 403;
    }
    if (failure instanceof DomainException.TaskNotFound
        || failure instanceof DomainException.SessionNotFound
        || failure instanceof DomainException.UserNotFound
        || failure instanceof DomainException.SigningKeyNotFound) {
      return 404;
    }
    if (failure instanceof DomainException.StaleVersion) {
      return 412;
    }
    if (failure instanceof DomainException.EmailTaken) {
      return 422;
    }
    if (failure instanceof DomainException.Throttled) {
      return 429;
    }
    return 400;
  }
}
