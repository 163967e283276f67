package io.taskguard.application.service;

import io.taskguard.application.fake.InMemoryTaskRepository;
import io.taskguard.application.port.out.TaskQuery;
import io.taskguard.domain.task.Description;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskId;
import io.taskguard.domain.task.Title;
import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The in-memory store, counting how often it is touched, and able to let "another request" write
 * just before the next write of the use case under test, as a concurrent request would.
 */
final class ObservedTaskRepository extends InMemoryTaskRepository {

  int touches;
  int writeAttempts;
  private Runnable beforeNextWrite = () -> {};
  private boolean refuseEveryWrite;

  /** Runs {@code interloper} once, right before the next update or removal. */
  void beforeNextWrite(Runnable interloper) {
    this.beforeNextWrite = interloper;
  }

  /** Makes every update and removal fail, as if another request always got there first. */
  void refuseEveryWrite() {
    this.refuseEveryWrite = true;
  }

  @Override
  public Task add(UserId owner, Title title, Description description, Instant now) {
    touches++;
    return super.add(owner, title, description, now);
  }

  @Override
  public Optional<Task> findById(TaskId id) {
    touches++;
    return super.findById(id);
  }

  @Override
  public List<Task> list(UserId owner, TaskQuery query) {
    touches++;
    return super.list(owner, query);
  }

  @Override
  public boolean update(Task changed) {
    touches++;
    writeAttempts++;
    interlope();
    return !refuseEveryWrite && super.update(changed);
  }

  @Override
  public boolean remove(TaskId id, long version) {
    touches++;
    writeAttempts++;
    interlope();
    return !refuseEveryWrite && super.remove(id, version);
  }

  private void interlope() {
    Runnable interloper = beforeNextWrite;
    beforeNextWrite = () -> {};
    interloper.run();
  }

  /** Writes directly, as another request would, without being counted. */
  void otherRequestUpdates(Task changed) {
    if (!super.update(changed)) {
      throw new IllegalStateException("the other request lost its own race");
    }
  }

  void otherRequestRemoves(TaskId id, long version) {
    if (!super.remove(id, version)) {
      throw new IllegalStateException("the other request lost its own race");
    }
  }

  Task stored(TaskId id) {
    return super.findById(id).orElseThrow();
  }

  boolean exists(TaskId id) {
    return super.findById(id).isPresent();
  }
}
