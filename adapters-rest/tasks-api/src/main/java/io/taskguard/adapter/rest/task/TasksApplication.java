package io.taskguard.adapter.rest.task;

import io.taskguard.adapter.rest.http.EmptyRefusals;
import io.taskguard.adapter.rest.http.OptionsAnswers;
import io.taskguard.adapter.rest.http.QueryStringGuard;
import io.taskguard.adapter.rest.http.RefusalMapper;
import io.taskguard.adapter.rest.http.UnexpectedFailures;
import io.taskguard.adapter.rest.http.WebFailures;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The task API, in the old FastAPI service's dialect: {@code /api/users/{user_id}/tasks}, behind
 * MicroProfile JWT. It lists its resources and providers, so only they handle its requests: the
 * session check of every token ({@link TaskApiGate}) and error answers in {@link TaskErrors}'
 * dialect, whatever failed; tasks written by {@link TaskResponseWriter}.
 */
@ApplicationPath("/api/users")
@LoginConfig(authMethod = "MP-JWT", realmName = "taskguard")
public class TasksApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(TaskResource.class, TaskApiGate.class, TaskFailureMapper.class);
  }

  @Override
  public Set<Object> getSingletons() {
    return Set.of(
        new RefusalMapper(),
        new WebFailures(TaskErrors.DIALECT),
        new UnexpectedFailures(TaskErrors.DIALECT),
        new EmptyRefusals(TaskErrors.DIALECT, "Not authenticated"),
        new QueryStringGuard(TaskErrors.DIALECT),
        new OptionsAnswers(),
        new TaskResponseWriter());
  }
}
