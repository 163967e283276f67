package io.taskguard.adapter.rest.observability;

import jakarta.servlet.ServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Why a request was answered 401 or 403, told by the part of taskguard that refused it and read by
 * {@link RequestIdFilter} to count the refusal by reason. Reasons are short, fixed names (the
 * metric's {@code reason} tag), never anything taken from the request.
 */
public final class Refusals {

  /** No credential sent. */
  public static final String MISSING_CREDENTIAL = "missing_credential";

  /** A JWT the task API did not accept (signature, issuer, audience, expiry, key). */
  public static final String INVALID_TOKEN = "invalid_token";

  /** A JWT whose session has ended (signed out, revoked, expired). */
  public static final String SESSION_ENDED = "session_ended";

  /** A JWT signed by a key the operators withdrew. */
  public static final String KEY_WITHDRAWN = "key_withdrawn";

  /** A session token that is unknown, expired or revoked. */
  public static final String INVALID_SESSION = "invalid_session";

  /** A wrong email or password at sign-in. */
  public static final String BAD_CREDENTIALS = "bad_credentials";

  /** A valid token for another user's collection. */
  public static final String NOT_OWNER = "not_owner";

  /** A valid token without the role the API asks for. */
  public static final String MISSING_ROLE = "missing_role";

  /** A browser preflight from an origin outside the CORS allow-list. */
  public static final String CORS_ORIGIN = "cors_origin";

  /** A refusal nobody named (e.g. Liberty's own). */
  public static final String OTHER = "other";

  static final String ATTRIBUTE = "io.taskguard.refusal";

  private Refusals() {}

  /** Records why {@code request} is being refused; the first reason given wins. */
  public static void mark(ServletRequest request, String reason) {
    if (request != null && request.getAttribute(ATTRIBUTE) == null) {
      request.setAttribute(ATTRIBUTE, reason);
    }
  }

  /**
   * Records why {@code request} is being refused. JAX-RS request properties are the servlet
   * request's attributes in a servlet container, so {@link RequestIdFilter} sees it.
   */
  public static void mark(ContainerRequestContext request, String reason) {
    if (request.getProperty(ATTRIBUTE) == null) {
      request.setProperty(ATTRIBUTE, reason);
    }
  }

  static String of(ServletRequest request) {
    Object reason = request.getAttribute(ATTRIBUTE);
    return reason instanceof String named ? named : OTHER;
  }
}
