package io.taskguard.domain.task;

/** A task's number: positive, assigned by the store, never reused. */
public record TaskId(long value) {

  public TaskId {
    if (value <= 0) {
      throw new TaskFailure.TaskNotFound();
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
