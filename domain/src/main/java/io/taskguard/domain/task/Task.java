package io.taskguard.domain.task;

import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A task in its owner's collection; {@code dueDate} is {@code null} when it has none. {@code
 * version} grows by one on every change, which is what lets clients update without silently
 * overwriting each other.
 */
public record Task(
    TaskId id,
    UserId owner,
    Title title,
    Description description,
    boolean completed,
    long version,
    Instant createdAt,
    Instant updatedAt,
    DueDate dueDate) {

  public Task {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** A task without a due date. */
  public Task(
      TaskId id,
      UserId owner,
      Title title,
      Description description,
      boolean completed,
      long version,
      Instant createdAt,
      Instant updatedAt) {
    this(id, owner, title, description, completed, version, createdAt, updatedAt, null);
  }

  /** This task after a change made at {@code now}: new fields, next version, moved timestamp. */
  public Task changed(
      Title newTitle,
      Description newDescription,
      DueDate newDueDate,
      boolean nowCompleted,
      Instant now) {
    return new Task(
        id, owner, newTitle, newDescription, nowCompleted, version + 1, createdAt, now, newDueDate);
  }

  /** The same change keeping the due date. */
  public Task changed(
      Title newTitle, Description newDescription, boolean nowCompleted, Instant now) {
    return changed(newTitle, newDescription, dueDate, nowCompleted, now);
  }
}
