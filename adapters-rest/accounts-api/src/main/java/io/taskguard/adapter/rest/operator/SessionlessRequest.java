package io.taskguard.adapter.rest.operator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;

/**
 * A request that never makes an HTTP session: {@code getSession()} answers the existing one, which
 * taskguard never has, instead of creating one. Liberty's metrics servlet asks for a session the
 * first time it serves (for its session metrics) and ignores the answer; the session it would make
 * costs a {@code JSESSIONID} cookie on the scrape's answer.
 */
final class SessionlessRequest extends HttpServletRequestWrapper {

  SessionlessRequest(HttpServletRequest request) {
    super(request);
  }

  @Override
  public HttpSession getSession() {
    return super.getSession(false);
  }

  @Override
  public HttpSession getSession(boolean create) {
    return super.getSession(false);
  }
}
