package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.in.ExpectedVersion;
import io.taskguard.application.port.in.FieldPatch;
import io.taskguard.application.port.in.UpdateTaskUseCase;
import io.taskguard.domain.policy.OwnershipPolicy;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskFailure;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpdateTaskTest extends TaskServiceFixture {

  private Task patched(Task task, FieldPatch<String> description) {
    return service.update(
        patch(alice, task, Optional.empty(), description, Optional.empty(), ExpectedVersion.any()));
  }

  @Test
  void anAbsentDescriptionIsKeptAndANullOneClearsIt() {
    Task task = create(alice, "milk");

    Task kept = patched(task, FieldPatch.keep());
    Task cleared = patched(task, FieldPatch.replaceWith(null));
    Task set = patched(task, FieldPatch.replaceWith("two litres"));

    assertEquals("about milk", kept.description().value());
    assertNull(cleared.description());
    assertEquals("two litres", set.description().value());
    assertEquals(0, kept.version(), "a patch that names no field changes nothing");
    assertEquals(2, set.version());
  }

  @Test
  void changesOnlyTheFieldsItNames() {
    Task task = create(alice, "milk");
    clock.advance(Duration.ofMinutes(1));

    Task done =
        service.update(
            patch(
                alice,
                task,
                Optional.empty(),
                FieldPatch.keep(),
                Optional.of(true),
                ExpectedVersion.of(0)));
    Task renamed =
        service.update(
            patch(
                alice,
                task,
                Optional.of(" oat milk "),
                FieldPatch.keep(),
                Optional.empty(),
                ExpectedVersion.of(1)));

    assertTrue(done.completed());
    assertEquals("milk", done.title().value());
    assertEquals("oat milk", renamed.title().value());
    assertTrue(renamed.completed());
    assertEquals("about milk", renamed.description().value());
    assertEquals(2, renamed.version());
    assertTrue(renamed.updatedAt().isAfter(task.updatedAt()));
    assertEquals(renamed, stored(task));
  }

  @Test
  void anEmptyUpdateChangesNothingNotEvenTheVersion() {
    Task task = create(alice, "milk");
    clock.advance(Duration.ofMinutes(1));

    Task same =
        service.update(
            patch(
                alice,
                task,
                Optional.empty(),
                FieldPatch.keep(),
                Optional.empty(),
                ExpectedVersion.of(0)));

    assertEquals(task, same);
    assertEquals(task, stored(task));
    assertEquals(0, tasks.writeAttempts);
  }

  @Test
  void anEmptyUpdateStillAnswersForTheTaskAndItsVersion() {
    Task mine = create(alice, "milk");
    Task theirs = create(bob, "theirs");

    refused(
        TaskFailure.StaleVersion.class,
        () ->
            service.update(
                patch(
                    alice,
                    mine,
                    Optional.empty(),
                    FieldPatch.keep(),
                    Optional.empty(),
                    ExpectedVersion.of(4))));
    refused(
        TaskFailure.TaskNotFound.class,
        () ->
            service.update(
                patch(
                    alice,
                    theirs,
                    Optional.empty(),
                    FieldPatch.keep(),
                    Optional.empty(),
                    ExpectedVersion.any())));
  }

  @Test
  void refusesABadTitleOrDescriptionAfterTheOwnershipCheck() {
    Task task = create(alice, "milk");

    refusedUntouched(
        TaskFailure.InvalidInput.class,
        () ->
            service.update(
                patch(
                    alice,
                    task,
                    Optional.of("   "),
                    FieldPatch.keep(),
                    Optional.empty(),
                    ExpectedVersion.any())));
    refusedUntouched(
        TaskFailure.InvalidInput.class,
        () -> patched(task, FieldPatch.replaceWith("d".repeat(5001))));
    refusedUntouched(
        TaskFailure.NotOwner.class,
        () ->
            service.update(
                new UpdateTaskUseCase.Command(
                    OwnershipPolicy.collectionOf(alice, bob.value()),
                    task.id().value(),
                    Optional.of("   "),
                    FieldPatch.replaceWith("d".repeat(5001)),
                    Optional.empty(),
                    ExpectedVersion.of(7))));
    assertEquals(task, stored(task));
    assertFalse(stored(task).completed());
  }
}
