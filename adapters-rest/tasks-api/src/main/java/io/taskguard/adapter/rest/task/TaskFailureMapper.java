package io.taskguard.adapter.rest.task;

import io.taskguard.adapter.rest.http.ErrorDialect;
import io.taskguard.adapter.rest.observability.Refusals;
import io.taskguard.domain.task.TaskFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * The task API's one place where a task failure becomes an HTTP answer: the status and detail of
 * {@link TaskErrors}, the bearer challenge on a 401, and the reason of a 401 or 403 for the refusal
 * metrics. It maps {@link TaskFailure} alone: the task API raises no other domain failure, and one
 * that reached it would be a fault for {@code UnexpectedFailures}, not an answer to guess.
 */
@ApplicationScoped
public class TaskFailureMapper implements ExceptionMapper<TaskFailure> {

  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(TaskFailure failure) {
    TaskErrors.Wire wire = TaskErrors.of(failure);
    Response.ResponseBuilder response =
        TaskErrors.DIALECT.answer(wire.status(), wire.detail(), null);
    String authorization =
        headers == null ? null : headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (failure instanceof TaskFailure.NotOwner) {
      Refusals.mark(request, Refusals.NOT_OWNER);
    }
    if (failure instanceof TaskFailure.NotAuthenticated) {
      Refusals.mark(
          request, authorization == null ? Refusals.MISSING_CREDENTIAL : Refusals.INVALID_TOKEN);
      response.header(HttpHeaders.WWW_AUTHENTICATE, ErrorDialect.bearerChallenge(authorization));
    }
    return response.build();
  }
}
