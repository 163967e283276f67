package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.in.DeleteTaskUseCase;
import io.taskguard.application.port.in.ExpectedVersion;
import io.taskguard.application.port.in.FieldPatch;
import io.taskguard.application.port.in.ReplaceTaskUseCase;
import io.taskguard.domain.policy.OwnershipPolicy;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskFailure;
import io.taskguard.domain.task.Title;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What happens when another request writes the task between this one's read and its write. */
class ConcurrentChangesTest extends TaskServiceFixture {

  private ReplaceTaskUseCase.Command replace(Task task, String title, ExpectedVersion expected) {
    return new ReplaceTaskUseCase.Command(
        OwnershipPolicy.collectionOf(alice, alice.value()),
        task.id().value(),
        title,
        "mine",
        false,
        expected);
  }

  private void anotherRequestRenames(Task task, String title) {
    tasks.beforeNextWrite(
        () -> {
          Task current = tasks.stored(task.id());
          clock.advance(Duration.ofMillis(5));
          tasks.otherRequestUpdates(current.changed(new Title(title), null, true, clock.instant()));
        });
  }

  @Test
  void anUnconditionalReplacementIsAppliedOnceOnTopOfTheOtherChange() {
    Task task = create(alice, "draft");
    anotherRequestRenames(task, "theirs");

    Task replaced = service.replace(replace(task, "ours", ExpectedVersion.any()));

    assertEquals(2, replaced.version(), "their change is version 1, ours version 2");
    assertEquals("ours", stored(task).title().value());
    assertEquals("mine", stored(task).description().value());
    assertEquals(2, tasks.writeAttempts);
  }

  @Test
  void aConditionalReplacementFailsAndLeavesTheOtherChangeInPlace() {
    Task task = create(alice, "draft");
    anotherRequestRenames(task, "theirs");

    assertThrows(
        TaskFailure.StaleVersion.class,
        () -> service.replace(replace(task, "ours", ExpectedVersion.of(0))));

    assertEquals("theirs", stored(task).title().value());
    assertEquals(1, stored(task).version());
  }

  @Test
  void anUnconditionalPatchIsAppliedToTheNewerVersion() {
    Task task = create(alice, "draft");
    anotherRequestRenames(task, "theirs");

    Task patched =
        service.update(
            patch(
                alice,
                task,
                Optional.empty(),
                FieldPatch.replaceWith("note"),
                Optional.of(false),
                ExpectedVersion.any()));

    assertEquals("theirs", patched.title().value(), "their title is kept");
    assertEquals("note", patched.description().value());
    assertFalse(patched.completed());
    assertEquals(patched, stored(task));
  }

  @Test
  void aTaskRemovedInBetweenIsNotFound() {
    Task task = create(alice, "draft");
    tasks.beforeNextWrite(() -> tasks.otherRequestRemoves(task.id(), 0));

    assertThrows(
        TaskFailure.TaskNotFound.class,
        () -> service.replace(replace(task, "ours", ExpectedVersion.any())));
  }

  @Test
  void anUnconditionalRemovalRemovesTheNewerVersion() {
    Task task = create(alice, "draft");
    anotherRequestRenames(task, "theirs");

    service.delete(
        new DeleteTaskUseCase.Command(
            OwnershipPolicy.collectionOf(alice, alice.value()),
            task.id().value(),
            ExpectedVersion.any()));

    assertFalse(tasks.exists(task.id()));
  }

  @Test
  void aConditionalRemovalOfAChangedTaskFails() {
    Task task = create(alice, "draft");
    anotherRequestRenames(task, "theirs");

    assertThrows(
        TaskFailure.StaleVersion.class,
        () ->
            service.delete(
                new DeleteTaskUseCase.Command(
                    OwnershipPolicy.collectionOf(alice, alice.value()),
                    task.id().value(),
                    ExpectedVersion.of(0))));

    assertTrue(tasks.exists(task.id()));
  }

  @Test
  void givesUpAsStaleAfterABoundedNumberOfLostRaces() {
    Task task = create(alice, "draft");
    tasks.refuseEveryWrite();
    int before = tasks.writeAttempts;

    assertThrows(
        TaskFailure.StaleVersion.class,
        () -> service.replace(replace(task, "ours", ExpectedVersion.any())));

    assertEquals(VersionedWrites.MAX_ATTEMPTS, tasks.writeAttempts - before);
    assertEquals(task, stored(task));
  }
}
