package io.taskguard.adapter.rest.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Error bodies in the two dialects clients already speak: the accounts API (Better Auth) answers
 * {@code {"message","code"}}, the task API (the old FastAPI service) answers {@code {"detail"}}.
 */
public final class ErrorBodies {

  private ErrorBodies() {}

  /**
   * Whether {@code path} (relative to the API root, e.g. {@code users/1/tasks}) is the task API.
   */
  public static boolean isTaskApi(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return trimmed.startsWith("users/") || trimmed.equals("users");
  }

  /**
   * The {@code WWW-Authenticate} challenge of a 401 (RFC 6750): plain {@code Bearer} when the
   * client sent no credential, {@code invalid_token} when it sent one that was refused.
   */
  public static String bearerChallenge(String authorization) {
    return authorization == null ? "Bearer" : "Bearer error=\"invalid_token\"";
  }

  /** A response with {@code status} and the body of the API that {@code uri} addresses. */
  public static Response.ResponseBuilder response(
      UriInfo uri, int status, String message, String code) {
    return response(uri == null ? "" : uri.getPath(), status, message, code);
  }

  /** As {@link #response(UriInfo, int, String, String)}, for a path relative to the API root. */
  public static Response.ResponseBuilder response(
      String path, int status, String message, String code) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .entity(body(path, message, code));
  }

  public static Map<String, String> body(String path, String message, String code) {
    Map<String, String> body = new LinkedHashMap<>();
    if (isTaskApi(path)) {
      body.put("detail", message);
    } else {
      body.put("message", message);
      body.put("code", code);
    }
    return body;
  }
}
