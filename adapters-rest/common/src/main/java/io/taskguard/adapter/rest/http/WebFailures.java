package io.taskguard.adapter.rest.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * JAX-RS's own refusals (no such path, method not allowed, wrong content type, unparsable
 * parameter) answered as JSON in the dialect of the API whose application registers it, instead of
 * an HTML page.
 */
public class WebFailures implements ExceptionMapper<WebApplicationException> {

  private final ErrorDialect dialect;

  public WebFailures(ErrorDialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public Response toResponse(WebApplicationException failure) {
    Response original = failure.getResponse();
    int status = original.getStatus();
    Response.ResponseBuilder response = dialect.answer(status, message(status), code(status));
    original
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (name.equalsIgnoreCase("Allow") || name.equalsIgnoreCase("WWW-Authenticate")) {
                values.forEach(value -> response.header(name, value));
              }
            });
    return response.build();
  }

  public static String message(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Not authenticated";
      case 403 -> "Access denied";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 406 -> "Not acceptable";
      case 413 -> "Request body too large";
      case 415 -> "Content-Type must be application/json";
      default -> status >= 500 ? "Internal error" : "Request refused";
    };
  }

  public static String code(int status) {
    return switch (status) {
      case 400 -> "VALIDATION_ERROR";
      case 401 -> "UNAUTHORIZED";
      case 403 -> "ACCESS_DENIED";
      case 404 -> "NOT_FOUND";
      case 405 -> "METHOD_NOT_ALLOWED";
      case 406 -> "NOT_ACCEPTABLE";
      case 413 -> "PAYLOAD_TOO_LARGE";
      case 415 -> "UNSUPPORTED_MEDIA_TYPE";
      default -> status >= 500 ? "INTERNAL_ERROR" : "REQUEST_REFUSED";
    };
  }
}
