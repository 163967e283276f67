package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.in.DeleteTaskUseCase;
import io.taskguard.application.port.in.ExpectedVersion;
import io.taskguard.domain.policy.OwnershipPolicy;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskFailure;
import org.junit.jupiter.api.Test;

class DeleteTaskTest extends TaskServiceFixture {

  private DeleteTaskUseCase.Command delete(Task task, ExpectedVersion expected) {
    return new DeleteTaskUseCase.Command(
        OwnershipPolicy.collectionOf(alice, alice.value()), task.id().value(), expected);
  }

  @Test
  void removesTheCallersTaskOnce() {
    Task task = create(alice, "to go");

    service.delete(delete(task, ExpectedVersion.any()));

    assertFalse(tasks.exists(task.id()));
    refused(
        TaskFailure.TaskNotFound.class, () -> service.delete(delete(task, ExpectedVersion.any())));
  }

  @Test
  void removesOnlyAnExpectedVersion() {
    Task task = create(alice, "to go");

    refused(
        TaskFailure.StaleVersion.class, () -> service.delete(delete(task, ExpectedVersion.of(1))));
    assertTrue(tasks.exists(task.id()));

    service.delete(delete(task, ExpectedVersion.of(0)));
    assertFalse(tasks.exists(task.id()));
  }

  @Test
  void anotherUsersTaskIsNotFoundAndStays() {
    Task theirs = create(bob, "theirs");

    refused(
        TaskFailure.TaskNotFound.class,
        () -> service.delete(delete(theirs, ExpectedVersion.any())));
    refusedUntouched(
        TaskFailure.NotOwner.class,
        () ->
            service.delete(
                new DeleteTaskUseCase.Command(
                    OwnershipPolicy.collectionOf(alice, bob.value()),
                    theirs.id().value(),
                    ExpectedVersion.any())));

    assertEquals(theirs, stored(theirs));
  }
}
