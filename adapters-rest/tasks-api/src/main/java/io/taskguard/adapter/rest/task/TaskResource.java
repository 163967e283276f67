package io.taskguard.adapter.rest.task;

import io.taskguard.application.port.in.CountTasksUseCase;
import io.taskguard.application.port.in.CreateTaskUseCase;
import io.taskguard.application.port.in.DeleteTaskUseCase;
import io.taskguard.application.port.in.ExpectedVersion;
import io.taskguard.application.port.in.GetTaskUseCase;
import io.taskguard.application.port.in.ListTasksUseCase;
import io.taskguard.application.port.in.ReplaceTaskUseCase;
import io.taskguard.application.port.in.UpdateTaskUseCase;
import io.taskguard.domain.policy.OwnedTasks;
import io.taskguard.domain.task.Task;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The task API of the old contract: {@code /api/users/{user_id}/tasks[/{task_id}]}. Each method
 * decides in the contract's order: the caller and their ownership of the path's collection (403),
 * then the path's task id, {@code If-Match}, query and body (400), then the use case (400 for
 * domain rules, 404, 412). Failures are thrown as domain exceptions and answered by the one mapper.
 * No {@code @Consumes}/{@code @Produces}: a wrong content type must be a JSON 400, not the
 * runtime's 415, and answers are always JSON whatever the client accepts. One instance serves every
 * request: what belongs to a request (caller, URI, headers) arrives as method parameters. Every
 * request reaching it has passed {@link TaskApiGate}: a verified, live token with the {@code user}
 * role.
 */
@Path("/{user_id}/tasks")
@ApplicationScoped
public class TaskResource {

  private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE;

  private final ListTasksUseCase listTasks;
  private final CountTasksUseCase countTasks;
  private final CreateTaskUseCase createTask;
  private final GetTaskUseCase getTask;
  private final ReplaceTaskUseCase replaceTask;
  private final UpdateTaskUseCase updateTask;
  private final DeleteTaskUseCase deleteTask;
  private final int maxBodyBytes;

  /**
   * For CDI's client proxy, and for JAX-RS, which wants a public constructor before it hands the
   * class to CDI.
   */
  public TaskResource() {
    this(null, null, null, null, null, null, null, 0);
  }

  @Inject
  public TaskResource(
      ListTasksUseCase listTasks,
      CountTasksUseCase countTasks,
      CreateTaskUseCase createTask,
      GetTaskUseCase getTask,
      ReplaceTaskUseCase replaceTask,
      UpdateTaskUseCase updateTask,
      DeleteTaskUseCase deleteTask,
      @ConfigProperty(name = "taskguard.tasks.max-body-bytes", defaultValue = "65536")
          int maxBodyBytes) {
    this.listTasks = listTasks;
    this.countTasks = countTasks;
    this.createTask = createTask;
    this.getTask = getTask;
    this.replaceTask = replaceTask;
    this.updateTask = updateTask;
    this.deleteTask = deleteTask;
    this.maxBodyBytes = maxBodyBytes;
  }

  @GET
  public Response list(
      @PathParam("user_id") String pathUser,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    OwnedTasks mine = Callers.owning(security, pathUser);
    TaskListParameters parameters = TaskListParameters.parse(uri.getQueryParameters());
    ListTasksUseCase.Command command = parameters.command(mine);
    ListTasksUseCase.Page page = listTasks.list(command);
    Response.ResponseBuilder ok =
        Response.ok(new GenericEntity<List<TaskResponse>>(TaskResponse.all(page.tasks())) {}, JSON);
    page.next()
        .map(
            next ->
                parameters.nextLink(
                    uri.getRequestUri().getRawPath(), command.limit().getAsInt(), next))
        .ifPresent(link -> ok.header("Link", link));
    if (parameters.withTotal()) {
      ok.header(TaskListParameters.TOTAL_HEADER, countTasks.count(command));
    }
    return ok.build();
  }

  @POST
  public Response create(
      @PathParam("user_id") String pathUser,
      @Context SecurityContext security,
      @Context UriInfo uri,
      @Context HttpHeaders headers,
      InputStream body) {
    OwnedTasks mine = Callers.owning(security, pathUser);
    Task task = createTask.create(TaskCommands.create(json(headers, body), mine));
    return Response.created(uri.getAbsolutePathBuilder().path(task.id().toString()).build())
        .type(JSON)
        .header(HttpHeaders.ETAG, EntityTags.of(task))
        .entity(TaskResponse.of(task))
        .build();
  }

  @GET
  @Path("{task_id}")
  public Response get(
      @PathParam("user_id") String pathUser,
      @PathParam("task_id") String rawTaskId,
      @Context SecurityContext security) {
    OwnedTasks mine = Callers.owning(security, pathUser);
    long taskId = TaskIds.parse(rawTaskId);
    return found(getTask.get(new GetTaskUseCase.Command(mine, taskId)));
  }

  @PUT
  @Path("{task_id}")
  public Response replace(
      @PathParam("user_id") String pathUser,
      @PathParam("task_id") String rawTaskId,
      @Context SecurityContext security,
      @Context HttpHeaders headers,
      InputStream body) {
    OwnedTasks mine = Callers.owning(security, pathUser);
    long taskId = TaskIds.parse(rawTaskId);
    ExpectedVersion expected = ifMatch(headers, taskId);
    return found(
        replaceTask.replace(TaskCommands.replace(json(headers, body), mine, taskId, expected)));
  }

  @PATCH
  @Path("{task_id}")
  public Response update(
      @PathParam("user_id") String pathUser,
      @PathParam("task_id") String rawTaskId,
      @Context SecurityContext security,
      @Context HttpHeaders headers,
      InputStream body) {
    OwnedTasks mine = Callers.owning(security, pathUser);
    long taskId = TaskIds.parse(rawTaskId);
    ExpectedVersion expected = ifMatch(headers, taskId);
    return found(
        updateTask.update(TaskCommands.update(json(headers, body), mine, taskId, expected)));
  }

  @DELETE
  @Path("{task_id}")
  public Response delete(
      @PathParam("user_id") String pathUser,
      @PathParam("task_id") String rawTaskId,
      @Context SecurityContext security,
      @Context HttpHeaders headers) {
    OwnedTasks mine = Callers.owning(security, pathUser);
    long taskId = TaskIds.parse(rawTaskId);
    deleteTask.delete(new DeleteTaskUseCase.Command(mine, taskId, ifMatch(headers, taskId)));
    return Response.noContent().build();
  }

  private Response found(Task task) {
    return Response.ok(TaskResponse.of(task), JSON)
        .header(HttpHeaders.ETAG, EntityTags.of(task))
        .build();
  }

  private static ExpectedVersion ifMatch(HttpHeaders headers, long taskId) {
    return EntityTags.ifMatch(headers.getRequestHeader(HttpHeaders.IF_MATCH), taskId);
  }

  private JsonObject json(HttpHeaders headers, InputStream body) {
    return TaskBodyReader.object(
        headers.getHeaderString(HttpHeaders.CONTENT_TYPE), headers.getLength(), body, maxBodyBytes);
  }
}
