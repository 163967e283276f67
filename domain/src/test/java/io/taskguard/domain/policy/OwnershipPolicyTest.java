package io.taskguard.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskFailure;
import io.taskguard.domain.task.TaskId;
import io.taskguard.domain.task.Title;
import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OwnershipPolicyTest {

  private static final UserId ADA = new UserId("ada-1");
  private static final UserId BOB = new UserId("bob-2");

  @Test
  void theCallerMayActOnTheirOwnCollection() {
    assertEquals(ADA, OwnershipPolicy.collectionOf(ADA, "ada-1").owner());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"bob-2", "ADA-1", " ada-1", "ada-1 ", "ada-", "ada-1/", "ada-10"})
  void anyOtherCollectionIsRefusedAsNotOwner(String pathUser) {
    TaskFailure.NotOwner error =
        assertThrows(TaskFailure.NotOwner.class, () -> OwnershipPolicy.collectionOf(ADA, pathUser));
    assertEquals(TaskFailure.NotOwner.class, error.getClass());
  }

  @Test
  void noCallerOwnsNothing() {
    assertThrows(TaskFailure.NotOwner.class, () -> OwnershipPolicy.collectionOf(null, "ada-1"));
    assertThrows(TaskFailure.NotOwner.class, () -> OwnershipPolicy.collectionOf(null, null));
  }

  @Test
  void theCallersOwnTaskIsVisible() {
    Task mine = taskOf(ADA);

    assertSame(mine, OwnershipPolicy.visibleTo(ADA, Optional.of(mine)));
  }

  @Test
  void anotherUsersTaskLooksExactlyLikeAMissingOne() {
    TaskFailure others =
        assertThrows(
            TaskFailure.class, () -> OwnershipPolicy.visibleTo(ADA, Optional.of(taskOf(BOB))));
    TaskFailure missing =
        assertThrows(TaskFailure.class, () -> OwnershipPolicy.visibleTo(ADA, Optional.empty()));

    assertEquals(TaskFailure.TaskNotFound.class, others.getClass());
    assertEquals(missing.getClass(), others.getClass());
    assertEquals(missing.getMessage(), others.getMessage());
  }

  @Test
  void noCallerSeesNoTask() {
    assertThrows(
        TaskFailure.TaskNotFound.class,
        () -> OwnershipPolicy.visibleTo(null, Optional.of(taskOf(ADA))));
  }

  private static Task taskOf(UserId owner) {
    Instant at = Instant.parse("2026-02-01T00:00:00Z");
    return new Task(new TaskId(11), owner, new Title("private"), null, false, 0, at, at);
  }
}
