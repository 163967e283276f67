package io.taskguard.adapter.rest.security;

import io.taskguard.adapter.rest.observability.Refusals;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CORS for browser clients served from another origin, limited to the origins listed in {@code
 * taskguard.cors.origins} (none by default). An allowed origin's requests get {@code
 * Access-Control-Allow-Origin} and the exposed headers (the Better Auth {@code set-auth-token} and
 * {@code set-auth-jwt} among them); its preflights are answered here, 204, before any
 * authentication. Any other origin gets no CORS header at all, and its preflights a 403.
 */
public class CorsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject
  @ConfigProperty(name = "taskguard.cors.origins")
  transient Optional<String> origins;

  private transient CorsPolicy policy;

  @Override
  public void init() {
    policy = CorsPolicy.parse(origins.orElse(""));
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String origin = request.getHeader("Origin");
    if (origin == null || !policy.isEnabled()) {
      chain.doFilter(request, response);
      return;
    }
    response.addHeader("Vary", "Origin");
    boolean allowed = policy.allows(origin);
    boolean preflight =
        "OPTIONS".equals(request.getMethod())
            && request.getHeader("Access-Control-Request-Method") != null;
    if (preflight) {
      response.addHeader("Vary", "Access-Control-Request-Method, Access-Control-Request-Headers");
      if (allowed) {
        response.setHeader("Access-Control-Allow-Origin", origin);
        response.setHeader("Access-Control-Allow-Methods", CorsPolicy.METHODS);
        response.setHeader("Access-Control-Allow-Headers", CorsPolicy.REQUEST_HEADERS);
        response.setHeader("Access-Control-Max-Age", CorsPolicy.MAX_AGE);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      } else {
        Refusals.mark(request, Refusals.CORS_ORIGIN);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      }
      return;
    }
    if (allowed) {
      response.setHeader("Access-Control-Allow-Origin", origin);
      response.setHeader("Access-Control-Expose-Headers", CorsPolicy.EXPOSED_HEADERS);
    }
    chain.doFilter(request, response);
  }
}
