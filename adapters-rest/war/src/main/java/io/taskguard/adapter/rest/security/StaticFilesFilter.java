package io.taskguard.adapter.rest.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The web UI's files (the page at {@code /} and {@code /index.html}, its scripts, styles and icon;
 * the path is checked here because the welcome page is not reached through a mapping): a browser
 * may keep them but asks each time whether they changed, and the container's validators answer 304
 * when they did not. The files have no content hashes in their names, so a longer lifetime would
 * keep a browser on an old script after an upgrade; revalidation costs one small request per file.
 */
public class StaticFilesFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isWebUiFile(request.getRequestURI().substring(request.getContextPath().length()))) {
      response.setHeader("Cache-Control", "no-cache");
    }
    chain.doFilter(request, response);
  }

  static boolean isWebUiFile(String path) {
    return path.isEmpty()
        || path.equals("/")
        || path.equals("/index.html")
        || path.equals("/favicon.svg")
        || path.startsWith("/js/")
        || path.startsWith("/css/");
  }
}
