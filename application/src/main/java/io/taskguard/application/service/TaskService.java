package io.taskguard.application.service;

import io.taskguard.application.port.in.CountTasksUseCase;
import io.taskguard.application.port.in.CreateTaskUseCase;
import io.taskguard.application.port.in.DeleteTaskUseCase;
import io.taskguard.application.port.in.FieldPatch;
import io.taskguard.application.port.in.GetTaskUseCase;
import io.taskguard.application.port.in.ListTasksUseCase;
import io.taskguard.application.port.in.ReplaceTaskUseCase;
import io.taskguard.application.port.in.UpdateTaskUseCase;
import io.taskguard.application.port.out.TaskCursor;
import io.taskguard.application.port.out.TaskQuery;
import io.taskguard.application.port.out.TaskRepository;
import io.taskguard.domain.task.Description;
import io.taskguard.domain.task.DueDate;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskId;
import io.taskguard.domain.task.Title;
import io.taskguard.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The task use cases. Each is given the caller's own collection ({@code OwnedTasks}: ownership was
 * decided before the command could be made, 403 before anything is validated or read), then
 * validates the input against the domain's rules, then reads the task (404 when it is not the
 * caller's), then checks the expected version (412), then writes conditionally on the version it
 * read, so a concurrent change is never overwritten unseen and no change is applied twice (see
 * {@link VersionedWrites}).
 */
@ApplicationScoped
@Transactional
public class TaskService
    implements ListTasksUseCase,
        CountTasksUseCase,
        CreateTaskUseCase,
        GetTaskUseCase,
        ReplaceTaskUseCase,
        UpdateTaskUseCase,
        DeleteTaskUseCase {

  private final TaskRepository tasks;
  private final Clock clock;
  private final VersionedWrites writes;

  /** For CDI's client proxy only. */
  protected TaskService() {
    this.tasks = null;
    this.clock = null;
    this.writes = null;
  }

  @Inject
  public TaskService(TaskRepository tasks, Clock clock) {
    this.tasks = tasks;
    this.clock = clock;
    this.writes = new VersionedWrites(tasks, clock);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page list(ListTasksUseCase.Command command) {
    UserId owner = command.tasks().owner();
    if (!command.paged()) {
      return new Page(
          tasks.list(owner, query(command, Integer.MAX_VALUE, Optional.empty())), Optional.empty());
    }
    int limit = command.limit().getAsInt();
    List<Task> found = tasks.list(owner, query(command, limit + 1, command.after()));
    if (found.size() <= limit) {
      return new Page(found, Optional.empty());
    }
    List<Task> page = found.subList(0, limit);
    TaskCursor next = TaskCursors.after(page.get(limit - 1), command.sort());
    return new Page(page, Optional.of(next));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(ListTasksUseCase.Command command) {
    return tasks.count(
        command.tasks().owner(), query(command, Integer.MAX_VALUE, Optional.empty()));
  }

  private static TaskQuery query(
      ListTasksUseCase.Command command, int limit, Optional<TaskCursor> after) {
    return new TaskQuery(
        command.completed(),
        command.textContains(),
        command.dueBefore(),
        command.sort(),
        limit,
        after);
  }

  @Override
  public Task create(CreateTaskUseCase.Command command) {
    UserId owner = command.tasks().owner();
    Title title = Title.given(command.title());
    Description description = Description.of(command.description());
    DueDate dueDate = DueDate.of(command.dueDate());
    return tasks.add(owner, title, description, dueDate, clock.instant());
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Task get(GetTaskUseCase.Command command) {
    return command.tasks().visible(tasks.findById(new TaskId(command.taskId())));
  }

  @Override
  public Task replace(ReplaceTaskUseCase.Command command) {
    Title title = Title.given(command.title());
    Description description = Description.of(command.description());
    FieldPatch<DueDate> dueDate = command.dueDate().map(DueDate::of);
    TaskId id = new TaskId(command.taskId());
    return writes.change(
        command.tasks(),
        id,
        command.expected(),
        (task, now) ->
            task.changed(
                title, description, dueDate.applyTo(task.dueDate()), command.completed(), now));
  }

  @Override
  public Task update(UpdateTaskUseCase.Command command) {
    Optional<Title> title = command.title().map(Title::given);
    var description = command.description().map(Description::of);
    var dueDate = command.dueDate().map(DueDate::of);
    TaskId id = new TaskId(command.taskId());
    if (command.changesNothing()) {
      return writes.current(command.tasks(), id, command.expected());
    }
    return writes.change(
        command.tasks(),
        id,
        command.expected(),
        (task, now) ->
            task.changed(
                title.orElse(task.title()),
                description.applyTo(task.description()),
                dueDate.applyTo(task.dueDate()),
                command.completed().orElse(task.completed()),
                now));
  }

  @Override
  public void delete(DeleteTaskUseCase.Command command) {
    writes.remove(command.tasks(), new TaskId(command.taskId()), command.expected());
  }
}
