package io.taskguard.adapter.rest.error;

import io.taskguard.adapter.rest.auth.AuthErrors;
import io.taskguard.adapter.rest.http.ErrorDialect;
import io.taskguard.adapter.rest.task.TaskErrors;
import io.taskguard.adapter.rest.task.TasksApplication;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.ApplicationPath;
import java.io.IOException;

/**
 * The error page (WEB-INF/web.xml) for refusals the servlet container makes itself, before any
 * API's JAX-RS application sees the request: a request URI it will not dispatch (an encoded slash,
 * {@code ..} segments), a method a servlet does not serve, a path no servlet or file answers.
 * Without it these answers are Liberty's HTML pages, one of which shows a stack frame. They get a
 * JSON body instead, with the status the container chose, in the dialect of the API the container
 * would have handed the request to: the task API's for its application path ({@link
 * TasksApplication}'s {@code @ApplicationPath}), the accounts API's for everything else. This is
 * the container's own routing by path, for the requests it refused to route; inside the APIs, no
 * class chooses a dialect.
 */
@WebServlet(urlPatterns = ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

  static final String PATH = "/_container-error";

  private static final String TASK_API =
      TasksApplication.class.getAnnotation(ApplicationPath.class).value();

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number && number >= 400 ? number : 404;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri instanceof String text ? text : request.getRequestURI();
    routedTo(path).write(response, status);
  }

  /** The dialect of the API whose application the container routes {@code path} to. */
  static ErrorDialect routedTo(String path) {
    return path.equals(TASK_API) || path.startsWith(TASK_API + "/")
        ? TaskErrors.DIALECT
        : AuthErrors.DIALECT;
  }
}
