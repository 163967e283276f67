package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.taskguard.application.port.in.CreateTaskUseCase;
import io.taskguard.application.port.in.GetTaskUseCase;
import io.taskguard.domain.policy.OwnershipPolicy;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskFailure;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class CreateAndGetTaskTest extends TaskServiceFixture {

  private CreateTaskUseCase.Command create(String pathUser, String title, String description) {
    return new CreateTaskUseCase.Command(
        OwnershipPolicy.collectionOf(alice, pathUser), title, description);
  }

  @Test
  void createsANotCompletedTaskAtVersionZeroWithATrimmedTitle() {
    Task task = service.create(create(alice.value(), "  Buy milk \n", "Two litres "));

    assertEquals(alice, task.owner());
    assertEquals("Buy milk", task.title().value());
    assertEquals("Two litres ", task.description().value());
    assertFalse(task.completed());
    assertEquals(0, task.version());
    assertEquals(START.truncatedTo(ChronoUnit.MICROS), task.createdAt());
    assertEquals(task.createdAt(), task.updatedAt());
    assertEquals(task, stored(task));
  }

  @Test
  void createsWithoutADescription() {
    Task task = service.create(create(alice.value(), "Call mum", null));

    assertNull(stored(task).description());
  }

  @Test
  void refusesAnotherUsersCollectionBeforeJudgingTheInput() {
    refusedUntouched(
        TaskFailure.NotOwner.class,
        () -> service.create(create(bob.value(), "   ", "x".repeat(6000))));
    refusedUntouched(
        TaskFailure.NotOwner.class, () -> service.create(create("../../admin", "ok", null)));
    refusedUntouched(TaskFailure.NotOwner.class, () -> service.create(create("", "ok", null)));
  }

  @Test
  void refusesTitlesAndDescriptionsThatBreakTheRules() {
    assertEquals(
        TaskFailure.InvalidInput.Rule.TITLE_EMPTY,
        refusedUntouched(
                TaskFailure.InvalidInput.class,
                () -> service.create(create(alice.value(), " \t\u2003", null)))
            .rule());
    assertEquals(
        TaskFailure.InvalidInput.Rule.TITLE_EMPTY,
        refusedUntouched(
                TaskFailure.InvalidInput.class,
                () -> service.create(create(alice.value(), null, null)))
            .rule());
    assertEquals(
        TaskFailure.InvalidInput.Rule.TITLE_TOO_LONG,
        refusedUntouched(
                TaskFailure.InvalidInput.class,
                () -> service.create(create(alice.value(), "t".repeat(501), null)))
            .rule());
    assertEquals(
        TaskFailure.InvalidInput.Rule.DESCRIPTION_TOO_LONG,
        refusedUntouched(
                TaskFailure.InvalidInput.class,
                () -> service.create(create(alice.value(), "ok", "d".repeat(5001))))
            .rule());
  }

  @Test
  void acceptsTheLongestTitleAndDescription() {
    String title = "\uD83D\uDE00".repeat(500);
    Task task = service.create(create(alice.value(), title, "d".repeat(5000)));

    assertEquals(title, stored(task).title().value());
  }

  @Test
  void getsOnlyTheCallersOwnTask() {
    Task mine = create(alice, "mine");
    Task theirs = create(bob, "theirs");

    assertEquals(
        mine,
        service.get(
            new GetTaskUseCase.Command(
                OwnershipPolicy.collectionOf(alice, alice.value()), id(mine))));
    refused(
        TaskFailure.TaskNotFound.class,
        () ->
            service.get(
                new GetTaskUseCase.Command(
                    OwnershipPolicy.collectionOf(alice, alice.value()), id(theirs))));
  }

  @Test
  void aMissingTaskLooksTheSameAsSomeoneElses() {
    Task theirs = create(bob, "theirs");
    long missing = theirs.id().value() + 1000;

    var forTheirs =
        refused(
            TaskFailure.TaskNotFound.class,
            () ->
                service.get(
                    new GetTaskUseCase.Command(
                        OwnershipPolicy.collectionOf(alice, alice.value()), id(theirs))));
    var forMissing =
        refused(
            TaskFailure.TaskNotFound.class,
            () ->
                service.get(
                    new GetTaskUseCase.Command(
                        OwnershipPolicy.collectionOf(alice, alice.value()), missing)));

    assertEquals(forTheirs.getMessage(), forMissing.getMessage());
    assertEquals(forTheirs.getClass(), forMissing.getClass());
  }

  @Test
  void idsThatAreNotPositiveAreNotFound() {
    for (long id : new long[] {0, -1, Long.MIN_VALUE}) {
      refused(
          TaskFailure.TaskNotFound.class,
          () ->
              service.get(
                  new GetTaskUseCase.Command(
                      OwnershipPolicy.collectionOf(alice, alice.value()), id)));
    }
  }

  @Test
  void refusesAnotherUsersPathBeforeLookingTheTaskUp() {
    Task theirs = create(bob, "theirs");

    refusedUntouched(
        TaskFailure.NotOwner.class,
        () ->
            service.get(
                new GetTaskUseCase.Command(
                    OwnershipPolicy.collectionOf(alice, bob.value()), id(theirs))));
    refusedUntouched(
        TaskFailure.NotOwner.class,
        () ->
            service.get(
                new GetTaskUseCase.Command(OwnershipPolicy.collectionOf(alice, bob.value()), 0)));
  }

  private static long id(Task task) {
    return task.id().value();
  }
}
