package io.taskguard.adapter.rest.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browser-facing hardening on every answer of the WAR (mapped to every path in {@code web.xml}): a
 * strict Content-Security-Policy (every asset from this origin, nothing inline, no framing), no
 * MIME sniffing, and no referrer leaks. The API explorer's page alone may also show {@code data:}
 * images.
 */
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
          + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /**
   * The API explorer's pages ({@code /openapi/ui/}): the same policy, with images also from {@code
   * data:} URLs, which is how Swagger UI draws its icons. Scripts and styles stay this origin's.
   */
  static final String EXPLORER_POLICY =
      CONTENT_SECURITY_POLICY.replace("img-src 'self';", "img-src 'self' data:;");

  private static final String EXPLORER = "/openapi/ui/";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean explorer =
        request.getRequestURI().startsWith(EXPLORER, request.getContextPath().length());
    response.setHeader(
        "Content-Security-Policy", explorer ? EXPLORER_POLICY : CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    chain.doFilter(request, response);
  }
}
