package io.taskguard.adapter.rest.error;

import io.taskguard.adapter.rest.json.JsonFactories;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page (WEB-INF/web.xml) for refusals the servlet container makes itself, outside the
 * JAX-RS runtime: a request URI it will not dispatch (an encoded slash, {@code ..} segments), a
 * method a servlet does not serve, a path no servlet or file answers. Without it these answers are
 * Liberty's HTML pages, one of which shows a stack frame. They get the JSON body of the API the
 * path belongs to instead, with the status the container chose.
 */
@WebServlet(urlPatterns = ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

  static final String PATH = "/_container-error";

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number && number >= 400 ? number : 404;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri instanceof String text ? text : request.getRequestURI();
    write(response, path, status);
  }

  /** Answers {@code status} with the JSON error body of the API that {@code path} belongs to. */
  public static void write(HttpServletResponse response, String path, int status)
      throws IOException {
    String apiPath = path.startsWith("/api/") ? path.substring("/api/".length()) : path;
    JsonObjectBuilder body = JsonFactories.object();
    ErrorBodies.body(apiPath, WebFailureMapper.message(status), WebFailureMapper.code(status))
        .forEach(body::add);
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(body.build().toString());
  }
}
