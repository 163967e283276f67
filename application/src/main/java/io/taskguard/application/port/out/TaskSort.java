package io.taskguard.application.port.out;

/** The orders a task list can be read in; ties are always broken by task id, the same way. */
public enum TaskSort {
  OLDEST_CREATED,
  NEWEST_CREATED,
  OLDEST_UPDATED,
  NEWEST_UPDATED,
  TITLE,
  /** Soonest due first; tasks without a due date last. */
  DUE
}
