package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.in.ExpectedVersion;
import io.taskguard.application.port.in.ReplaceTaskUseCase;
import io.taskguard.domain.policy.OwnershipPolicy;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskFailure;
import io.taskguard.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplaceTaskTest extends TaskServiceFixture {

  private ReplaceTaskUseCase.Command replace(
      UserId caller, String pathUser, long taskId, String title, ExpectedVersion expected) {
    return new ReplaceTaskUseCase.Command(
        OwnershipPolicy.collectionOf(caller, pathUser), taskId, title, null, true, expected);
  }

  private ReplaceTaskUseCase.Command replace(Task task, String title, ExpectedVersion expected) {
    return replace(alice, alice.value(), task.id().value(), title, expected);
  }

  @Test
  void replacesEveryFieldAtTheNextVersionAndMovesTheUpdateTime() {
    Task task = create(alice, "draft");
    clock.advance(Duration.ofSeconds(3));

    Task replaced = service.replace(replace(task, "  final  ", ExpectedVersion.any()));

    assertEquals("final", replaced.title().value());
    assertNull(replaced.description(), "an omitted description becomes null");
    assertTrue(replaced.completed());
    assertEquals(1, replaced.version());
    assertEquals(task.createdAt(), replaced.createdAt());
    assertEquals(task.updatedAt().plusSeconds(3), replaced.updatedAt());
    assertEquals(replaced, stored(task));
  }

  @Test
  void theUpdateTimeMovesEvenWhenTheClockDoesNot() {
    Task task = create(alice, "draft");

    Task once = service.replace(replace(task, "one", ExpectedVersion.any()));
    Task twice = service.replace(replace(task, "two", ExpectedVersion.any()));

    assertTrue(once.updatedAt().isAfter(task.updatedAt()));
    assertTrue(twice.updatedAt().isAfter(once.updatedAt()));
  }

  @Test
  void appliesOnlyToAnExpectedVersion() {
    Task task = create(alice, "draft");

    Task v1 = service.replace(replace(task, "v1", ExpectedVersion.of(0)));
    Task v2 = service.replace(replace(task, "v2", ExpectedVersion.oneOf(List.of(7L, 1L))));
    refused(
        TaskFailure.StaleVersion.class,
        () -> service.replace(replace(task, "stale", ExpectedVersion.of(1))));
    refused(
        TaskFailure.StaleVersion.class,
        () -> service.replace(replace(task, "none", ExpectedVersion.oneOf(List.of()))));

    assertEquals(1, v1.version());
    assertEquals(2, v2.version());
    assertEquals("v2", stored(task).title().value());
    assertEquals(2, stored(task).version());
  }

  @Test
  void anotherUsersTaskIsNotFoundAndStaysAsItWas() {
    Task theirs = create(bob, "theirs");

    refused(
        TaskFailure.TaskNotFound.class,
        () -> service.replace(replace(theirs, "mine now", ExpectedVersion.any())));
    refused(
        TaskFailure.TaskNotFound.class,
        () -> service.replace(replace(theirs, "mine now", ExpectedVersion.of(5))));

    assertEquals(theirs, stored(theirs));
  }

  @Test
  void checksInTheOrderOwnershipInputTaskVersion() {
    Task theirs = create(bob, "theirs");
    Task mine = create(alice, "mine");
    long missing = 999_999;

    refusedUntouched(
        TaskFailure.NotOwner.class,
        () -> service.replace(replace(alice, bob.value(), missing, "  ", ExpectedVersion.of(9))));
    refusedUntouched(
        TaskFailure.InvalidInput.class,
        () ->
            service.replace(
                replace(alice, alice.value(), theirs.id().value(), "", ExpectedVersion.of(9))));
    refused(
        TaskFailure.TaskNotFound.class,
        () ->
            service.replace(
                replace(alice, alice.value(), theirs.id().value(), "ok", ExpectedVersion.of(9))));
    refused(
        TaskFailure.StaleVersion.class,
        () -> service.replace(replace(mine, "ok", ExpectedVersion.of(9))));
  }
}
