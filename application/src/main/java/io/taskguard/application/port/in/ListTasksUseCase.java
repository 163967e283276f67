package io.taskguard.application.port.in;

import io.taskguard.application.port.out.TaskCursor;
import io.taskguard.application.port.out.TaskQuery;
import io.taskguard.application.port.out.TaskSort;
import io.taskguard.domain.policy.OwnedTasks;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskFailure;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the caller's own tasks: all of them (the old contract's plain list) or one keyset page at a
 * time, with optional filters and a sort order.
 */
public interface ListTasksUseCase {

  /** The page size when a page is asked for by cursor alone. */
  int DEFAULT_PAGE = 50;

  /** The longest title search accepted, in code points. */
  int MAX_SEARCH = 200;

  /** */
  Page list(Command command);

  /**
   * Which tasks to read. Without {@code limit} and {@code after}, every matching task; with either,
   * one page ({@link #DEFAULT_PAGE} tasks when only {@code after} is given). An empty search is no
   * search.
   *
   * @param tasks the caller's own collection (ownership decided by {@code OwnershipPolicy})
   * @param completed only completed ({@code true}) or only pending ({@code false}) tasks
   * @param textContains a case-insensitive fragment of the title or the description, taken
   *     literally
   * @param dueBefore only tasks due strictly before this day (the caller's today: the overdue ones)
   * @param sort the order
   * @param limit the page size, 1 to {@link TaskQuery#MAX_PAGE}
   * @param after where the previous page ended, for the same sort
   */
  record Command(
      OwnedTasks tasks,
      Optional<Boolean> completed,
      Optional<String> textContains,
      Optional<LocalDate> dueBefore,
      TaskSort sort,
      OptionalInt limit,
      Optional<TaskCursor> after) {

    /** A query without a due-date filter. */
    public Command(
        OwnedTasks tasks,
        Optional<Boolean> completed,
        Optional<String> textContains,
        TaskSort sort,
        OptionalInt limit,
        Optional<TaskCursor> after) {
      this(tasks, completed, textContains, Optional.empty(), sort, limit, after);
    }

    public Command {
      Objects.requireNonNull(dueBefore, "dueBefore");
      Objects.requireNonNull(tasks, "tasks");
      Objects.requireNonNull(completed, "completed");
      Objects.requireNonNull(sort, "sort");
      Objects.requireNonNull(limit, "limit");
      Objects.requireNonNull(after, "after");
      textContains = Objects.requireNonNull(textContains, "textContains").filter(q -> !q.isEmpty());
      textContains.ifPresent(Command::requireSearchable);
      if (limit.isPresent() && (limit.getAsInt() < 1 || limit.getAsInt() > TaskQuery.MAX_PAGE)) {
        throw new TaskFailure.InvalidInput(TaskFailure.InvalidInput.Rule.PAGE_SIZE_OUT_OF_RANGE);
      }
      if (limit.isEmpty() && after.isPresent()) {
        limit = OptionalInt.of(DEFAULT_PAGE);
      }
    }

    /** Whether one page is asked for rather than the whole list. */
    public boolean paged() {
      return limit.isPresent();
    }

    private static void requireSearchable(String fragment) {
      if (fragment.codePointCount(0, fragment.length()) > MAX_SEARCH || fragment.indexOf(0) >= 0) {
        throw new TaskFailure.InvalidInput(TaskFailure.InvalidInput.Rule.SEARCH_INVALID);
      }
    }
  }

  /**
   * Tasks in the requested order, and where the next page starts when more may follow (only ever
   * present for a paged request).
   */
  record Page(List<Task> tasks, Optional<TaskCursor> next) {
    public Page {
      tasks = List.copyOf(tasks);
      Objects.requireNonNull(next, "next");
    }
  }
}
