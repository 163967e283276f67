package io.taskguard.application.port.out;

import java.util.Objects;

/**
 * Where a page ended: the sort key of its last task (an instant as epoch microseconds, or a title)
 * and that task's id. The next page starts strictly after it, so inserts never shift pages.
 */
public record TaskCursor(String sortKey, long taskId) {

  public TaskCursor {
    Objects.requireNonNull(sortKey, "sortKey");
  }
}
