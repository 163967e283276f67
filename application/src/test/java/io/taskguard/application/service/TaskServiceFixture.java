package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.taskguard.application.port.in.CreateTaskUseCase;
import io.taskguard.application.port.in.ExpectedVersion;
import io.taskguard.application.port.in.FieldPatch;
import io.taskguard.application.port.in.UpdateTaskUseCase;
import io.taskguard.domain.policy.OwnershipPolicy;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskFailure;
import io.taskguard.domain.task.TaskId;
import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.function.Executable;

/** Two users, a store, a clock that a test moves, and the service under test. */
abstract class TaskServiceFixture {

  static final Instant START = Instant.parse("2026-11-24T10:14:08.911123Z");

  final ObservedTaskRepository tasks = new ObservedTaskRepository();
  final TestClock clock = new TestClock(START);
  final TaskService service = new TaskService(tasks, clock);
  final UserId alice = UserId.random();
  final UserId bob = UserId.random();

  Task create(UserId owner, String title) {
    clock.advance(java.time.Duration.ofMillis(1));
    return service.create(
        new CreateTaskUseCase.Command(
            OwnershipPolicy.collectionOf(owner, owner.value()), title, "about " + title));
  }

  UpdateTaskUseCase.Command patch(
      UserId caller,
      Task task,
      Optional<String> title,
      FieldPatch<String> description,
      Optional<Boolean> completed,
      ExpectedVersion expected) {
    return new UpdateTaskUseCase.Command(
        OwnershipPolicy.collectionOf(caller, caller.value()),
        task.id().value(),
        title,
        description,
        completed,
        expected);
  }

  /** Runs a call that must be refused, and checks that the store was not written. */
  <T extends TaskFailure> T refused(Class<T> failure, Executable call) {
    int writesBefore = tasks.writeAttempts;
    T thrown = assertThrows(failure, call);
    assertEquals(writesBefore, tasks.writeAttempts, "a refused call attempted a write");
    return thrown;
  }

  /** Runs a call that must be refused before the store is touched at all. */
  <T extends TaskFailure> T refusedUntouched(Class<T> failure, Executable call) {
    int touchesBefore = tasks.touches;
    T thrown = assertThrows(failure, call);
    assertEquals(touchesBefore, tasks.touches, "the store was touched before the refusal");
    return thrown;
  }

  Task stored(Task task) {
    return tasks.stored(task.id());
  }

  static TaskId id(long value) {
    return new TaskId(value);
  }
}
