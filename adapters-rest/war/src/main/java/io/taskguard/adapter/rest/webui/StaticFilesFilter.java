package io.taskguard.adapter.rest.webui;

import io.taskguard.adapter.rest.auth.AuthErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The web UI's files so that a repeat visit costs one small request: the page (at {@code /} and
 * {@code /index.html}) is revalidated each time against its strong ETag (304 when unchanged), and
 * links its scripts, styles and icon under {@code /v/<version>/}, which browsers keep for a year
 * without asking (see {@link WebUiFiles}). The files at their plain paths stay reachable and are
 * revalidated each time; a path of another version is answered with today's file, not kept.
 */
public class StaticFilesFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String KEEP = "public, max-age=31536000, immutable";
  static final String REVALIDATE = "no-cache";
  private static final String VERSIONED = "/v/";
  private static final String ALLOW = "GET, HEAD, OPTIONS";

  /** What a version path may name: a script, a style or the icon, with no way out of its folder. */
  static final Pattern FILE_NAME =
      Pattern.compile("/(?:js|css)(?:/[a-z0-9][a-z0-9-]*)+\\.(?:js|css)|/favicon\\.svg");

  private transient WebUiFiles files;

  @Override
  public void init() {
    files = WebUiFiles.of(read(getServletContext()));
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean reading = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
    if (!reading && isWebUiResource(path)) {
      refuse(request, response);
    } else if (reading && isPage(path)) {
      servePage(request, response);
    } else if (reading && path.startsWith(VERSIONED) && path.indexOf('/', VERSIONED.length()) > 0) {
      int slash = path.indexOf('/', VERSIONED.length());
      String file = path.substring(slash);
      if (!FILE_NAME.matcher(file).matches()) {
        chain.doFilter(request, response);
        return;
      }
      boolean current = path.substring(VERSIONED.length(), slash).equals(files.version());
      response.setHeader("Cache-Control", current ? KEEP : REVALIDATE);
      request.getRequestDispatcher(file).forward(request, response);
    } else {
      if (isWebUiFile(path)) {
        response.setHeader("Cache-Control", REVALIDATE);
      }
      chain.doFilter(request, response);
    }
  }

  /**
   * A method other than GET and HEAD on one of the web UI's files: OPTIONS is 204 with {@code
   * Allow}, anything else 405 with {@code Allow} and the JSON body the error page gives every path
   * outside the task API (the accounts API's dialect). Liberty itself would serve the file whatever
   * the method. TRACE never gets here: Liberty refuses it first (specs/bad-input.md).
   */
  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Allow", ALLOW);
    if (request.getMethod().equals("OPTIONS")) {
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    } else {
      AuthErrors.DIALECT.write(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }
  }

  /** Whether {@code path} names one of the web UI's files, at its plain or a version path. */
  private boolean isWebUiResource(String path) throws IOException {
    String file = path;
    if (path.startsWith(VERSIONED)) {
      int slash = path.indexOf('/', VERSIONED.length());
      if (slash < 0 || !FILE_NAME.matcher(path.substring(slash)).matches()) {
        return false;
      }
      file = path.substring(slash);
    }
    return isPage(file) || isWebUiFile(file) && getServletContext().getResource(file) != null;
  }

  private void servePage(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", REVALIDATE);
    response.setHeader("ETag", files.pageTag());
    if (matches(request.getHeader("If-None-Match"), files.pageTag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    byte[] page = files.page();
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(page.length);
    if (request.getMethod().equals("GET")) {
      response.getOutputStream().write(page);
    }
  }

  /** If-None-Match's list against a strong tag (weak comparison, as RFC 9110 asks for it). */
  static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String trimmed = candidate.strip();
      if (trimmed.equals("*") || trimmed.replaceFirst("^W/", "").equals(tag)) {
        return true;
      }
    }
    return false;
  }

  static boolean isPage(String path) {
    return path.isEmpty() || path.equals("/") || path.equals("/index.html");
  }

  static boolean isWebUiFile(String path) {
    return isPage(path)
        || path.equals("/favicon.svg")
        || path.startsWith("/js/")
        || path.startsWith("/css/");
  }

  /** Every file of the web UI, by path. */
  private static Map<String, byte[]> read(ServletContext context) {
    Map<String, byte[]> files = new HashMap<>();
    for (String path : Set.of("/index.html", "/favicon.svg", "/js/", "/css/")) {
      collect(context, path, files);
    }
    return files;
  }

  private static void collect(ServletContext context, String path, Map<String, byte[]> files) {
    if (path.endsWith("/")) {
      Set<String> entries = context.getResourcePaths(path);
      if (entries != null) {
        entries.forEach(entry -> collect(context, entry, files));
      }
      return;
    }
    try (InputStream in = context.getResourceAsStream(path)) {
      if (in != null) {
        files.put(path, in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
