package io.taskguard.adapter.rest.http;

import io.taskguard.adapter.rest.json.JsonFactories;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * How one API's error bodies look. The accounts API speaks Better Auth's {@code {"message",
 * "code"}}, the task API the old FastAPI service's {@code {"detail"}}; each implements this once,
 * and every error answer of that API, from its own mappers and filters (which only its own JAX-RS
 * application registers) to the server's shared ones, goes through it. No class chooses a dialect
 * by looking at the request.
 */
public interface ErrorDialect {

  /** The JSON body for a failure: {@code message} is for people, {@code code} for programs. */
  Map<String, String> body(String message, String code);

  /** An answer with {@code status}, that body, and no caching. */
  default Response.ResponseBuilder answer(int status, String message, String code) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .entity(body(message, code));
  }

  /**
   * Writes the answer to a refusal with {@code status} (the usual message and code of that status,
   * {@link WebFailures}) straight to a servlet response: for refusals made outside JAX-RS (the
   * servlet container's own, a servlet's).
   */
  default void write(HttpServletResponse response, int status) throws IOException {
    JsonObjectBuilder body = JsonFactories.object();
    body(WebFailures.message(status), WebFailures.code(status)).forEach(body::add);
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(body.build().toString());
  }

  /**
   * A refusal to throw from an adapter that judged the request itself (a body too large, malformed
   * JSON, a bad header), answered in this dialect by {@link RefusalMapper}.
   */
  default Refusal refusal(int status, String message, String code) {
    return new Refusal(this, status, message, code);
  }

  /**
   * The {@code WWW-Authenticate} challenge of a 401 (RFC 6750): plain {@code Bearer} when the
   * client sent no credential, {@code invalid_token} when it sent one that was refused.
   */
  static String bearerChallenge(String authorization) {
    return authorization == null ? "Bearer" : "Bearer error=\"invalid_token\"";
  }
}
