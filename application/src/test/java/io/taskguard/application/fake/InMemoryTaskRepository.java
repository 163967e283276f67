package io.taskguard.application.fake;

import io.taskguard.application.port.out.TaskCursor;
import io.taskguard.application.port.out.TaskQuery;
import io.taskguard.application.port.out.TaskRepository;
import io.taskguard.application.port.out.TaskSort;
import io.taskguard.domain.task.Description;
import io.taskguard.domain.task.DueDate;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskId;
import io.taskguard.domain.task.Title;
import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/** A {@link TaskRepository} in memory, for use-case tests and as the contract's reference. */
public class InMemoryTaskRepository implements TaskRepository {

  private final Map<TaskId, Task> tasks = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();

  @Override
  public Task add(
      UserId owner, Title title, Description description, DueDate dueDate, Instant now) {
    Instant stored = now.truncatedTo(ChronoUnit.MICROS);
    Task task =
        new Task(
            new TaskId(sequence.incrementAndGet()),
            owner,
            title,
            description,
            false,
            0,
            stored,
            stored,
            dueDate);
    tasks.put(task.id(), task);
    return task;
  }

  @Override
  public Optional<Task> findById(TaskId id) {
    return Optional.ofNullable(tasks.get(id));
  }

  @Override
  public long count(UserId owner, TaskQuery query) {
    return list(
            owner,
            new TaskQuery(
                query.completed(),
                query.textContains(),
                query.dueBefore(),
                query.sort(),
                Integer.MAX_VALUE,
                Optional.empty()))
        .size();
  }

  @Override
  public List<Task> list(UserId owner, TaskQuery query) {
    Comparator<Task> order = comparator(query.sort());
    Predicate<Task> afterCursor =
        query
            .after()
            .map(cursor -> (Predicate<Task>) task -> isAfter(task, cursor, query.sort()))
            .orElse(task -> true);
    return tasks.values().stream()
        .filter(task -> task.owner().equals(owner))
        .filter(task -> query.completed().map(c -> task.completed() == c).orElse(true))
        .filter(task -> query.textContains().map(q -> containsIgnoringCase(task, q)).orElse(true))
        .filter(task -> query.dueBefore().map(day -> isDueBefore(task, day)).orElse(true))
        .filter(afterCursor)
        .sorted(order)
        .limit(query.limit())
        .toList();
  }

  @Override
  public synchronized boolean update(Task changed) {
    Task stored = tasks.get(changed.id());
    if (stored == null || stored.version() != changed.version() - 1) {
      return false;
    }
    tasks.put(changed.id(), withStoredPrecision(changed));
    return true;
  }

  @Override
  public synchronized boolean remove(TaskId id, long version) {
    Task stored = tasks.get(id);
    if (stored == null || stored.version() != version) {
      return false;
    }
    tasks.remove(id);
    return true;
  }

  /** Removes every task of {@code owner}, as the store's cascade does when a user goes. */
  public void removeAllOf(UserId owner) {
    tasks.values().removeIf(task -> task.owner().equals(owner));
  }

  private static Task withStoredPrecision(Task task) {
    return new Task(
        task.id(),
        task.owner(),
        task.title(),
        task.description(),
        task.completed(),
        task.version(),
        task.createdAt(),
        task.updatedAt().truncatedTo(ChronoUnit.MICROS),
        task.dueDate());
  }

  private static boolean isDueBefore(Task task, LocalDate day) {
    return task.dueDate() != null && task.dueDate().value().isBefore(day);
  }

  private static boolean containsIgnoringCase(Task task, String fragment) {
    String wanted = fragment.toLowerCase(Locale.ROOT);
    String description = Description.text(task.description());
    return task.title().value().toLowerCase(Locale.ROOT).contains(wanted)
        || (description != null && description.toLowerCase(Locale.ROOT).contains(wanted));
  }

  /**
   * The order of each sort, as the store must apply it: ties broken by id in the same direction.
   */
  public static Comparator<Task> comparator(TaskSort sort) {
    Comparator<Task> byId = Comparator.comparingLong(task -> task.id().value());
    return switch (sort) {
      case OLDEST_CREATED -> Comparator.comparing(Task::createdAt).thenComparing(byId);
      case NEWEST_CREATED -> Comparator.comparing(Task::createdAt).thenComparing(byId).reversed();
      case OLDEST_UPDATED -> Comparator.comparing(Task::updatedAt).thenComparing(byId);
      case NEWEST_UPDATED -> Comparator.comparing(Task::updatedAt).thenComparing(byId).reversed();
      case TITLE ->
          Comparator.comparing((Task task) -> task.title().value(), new TitleOrder())
              .thenComparing(byId);
      case DUE ->
          Comparator.comparing(
                  (Task task) -> DueDate.day(task.dueDate()),
                  Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
              .thenComparing(byId);
    };
  }

  private static boolean isAfter(Task task, TaskCursor cursor, TaskSort sort) {
    Task probe = probe(cursor, sort, task.owner());
    return comparator(sort).compare(task, probe) > 0;
  }

  private static Task probe(TaskCursor cursor, TaskSort sort, UserId owner) {
    boolean byTime = sort != TaskSort.TITLE && sort != TaskSort.DUE;
    Instant instant = byTime ? epochMicros(Long.parseLong(cursor.sortKey())) : Instant.EPOCH;
    Title title = sort == TaskSort.TITLE ? new Title(cursor.sortKey()) : new Title("probe");
    DueDate due =
        sort != TaskSort.DUE || cursor.sortKey().equals(TaskCursor.NO_DUE_DATE)
            ? null
            : new DueDate(LocalDate.parse(cursor.sortKey()));
    return new Task(
        new TaskId(cursor.taskId()), owner, title, null, false, 0, instant, instant, due);
  }

  private static Instant epochMicros(long micros) {
    return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
  }
}
