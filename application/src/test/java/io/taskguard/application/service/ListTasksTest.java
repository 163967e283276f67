package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.fake.InMemoryTaskRepository;
import io.taskguard.application.port.in.ExpectedVersion;
import io.taskguard.application.port.in.FieldPatch;
import io.taskguard.application.port.in.ListTasksUseCase;
import io.taskguard.application.port.in.ListTasksUseCase.Page;
import io.taskguard.application.port.out.TaskCursor;
import io.taskguard.application.port.out.TaskSort;
import io.taskguard.domain.policy.OwnershipPolicy;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskFailure;
import io.taskguard.domain.task.TaskId;
import io.taskguard.domain.user.UserId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListTasksTest extends TaskServiceFixture {

  private ListTasksUseCase.Command query(
      UserId caller,
      Optional<Boolean> completed,
      Optional<String> search,
      TaskSort sort,
      OptionalInt limit,
      Optional<TaskCursor> after) {
    return new ListTasksUseCase.Command(
        OwnershipPolicy.collectionOf(caller, caller.value()),
        completed,
        search,
        sort,
        limit,
        after);
  }

  private ListTasksUseCase.Command all(UserId caller, TaskSort sort) {
    return query(
        caller, Optional.empty(), Optional.empty(), sort, OptionalInt.empty(), Optional.empty());
  }

  private ListTasksUseCase.Command page(UserId caller, TaskSort sort, int limit, Page previous) {
    return query(
        caller,
        Optional.empty(),
        Optional.empty(),
        sort,
        OptionalInt.of(limit),
        previous == null ? Optional.empty() : previous.next());
  }

  private static List<TaskId> ids(List<Task> tasks) {
    return tasks.stream().map(Task::id).toList();
  }

  @Test
  void listsTheWholeCollectionNewestFirstWithoutAPage() {
    Task a = create(alice, "a");
    create(bob, "not mine");
    Task b = create(alice, "b");

    Page page = service.list(all(alice, TaskSort.NEWEST_CREATED));

    assertEquals(List.of(b, a), page.tasks());
    assertTrue(page.next().isEmpty());
  }

  @Test
  void refusesAnotherUsersCollectionBeforeReadingAnything() {
    create(bob, "theirs");

    refusedUntouched(
        TaskFailure.NotOwner.class,
        () ->
            service.list(
                new ListTasksUseCase.Command(
                    OwnershipPolicy.collectionOf(alice, bob.value()),
                    Optional.empty(),
                    Optional.empty(),
                    TaskSort.NEWEST_CREATED,
                    OptionalInt.empty(),
                    Optional.empty())));
  }

  @Test
  void filtersByCompletionAndSearchesTitlesLiterally() {
    Task milk = create(alice, "Buy MILK");
    Task percent = create(alice, "100% done_");
    Task bread = create(alice, "Buy bread");
    service.update(
        patch(
            alice,
            bread,
            Optional.empty(),
            FieldPatch.keep(),
            Optional.of(true),
            ExpectedVersion.any()));

    Page done =
        service.list(
            query(
                alice,
                Optional.of(true),
                Optional.empty(),
                TaskSort.NEWEST_CREATED,
                OptionalInt.empty(),
                Optional.empty()));
    Page pending =
        service.list(
            query(
                alice,
                Optional.of(false),
                Optional.of("buy"),
                TaskSort.NEWEST_CREATED,
                OptionalInt.empty(),
                Optional.empty()));
    Page literal =
        service.list(
            query(
                alice,
                Optional.empty(),
                Optional.of("% done_"),
                TaskSort.NEWEST_CREATED,
                OptionalInt.empty(),
                Optional.empty()));

    assertEquals(List.of(bread.id()), ids(done.tasks()));
    assertEquals(List.of(milk.id()), ids(pending.tasks()));
    assertEquals(List.of(percent.id()), ids(literal.tasks()));
  }

  @Test
  void anEmptySearchIsNoSearch() {
    create(alice, "a");
    create(alice, "b");

    Page page =
        service.list(
            query(
                alice,
                Optional.empty(),
                Optional.of(""),
                TaskSort.TITLE,
                OptionalInt.empty(),
                Optional.empty()));

    assertEquals(2, page.tasks().size());
  }

  @Test
  void sortsEveryWay() {
    for (String title : List.of("pear", "Apple", "fig", "apple")) {
      create(alice, title);
    }
    for (TaskSort sort : TaskSort.values()) {
      List<Task> expected = new ArrayList<>(service.list(all(alice, sort)).tasks());
      expected.sort(InMemoryTaskRepository.comparator(sort));
      assertEquals(ids(expected), ids(service.list(all(alice, sort)).tasks()), sort.name());
    }
    assertEquals(
        List.of("apple", "Apple", "fig", "pear"),
        service.list(all(alice, TaskSort.TITLE)).tasks().stream()
            .map(task -> task.title().value())
            .toList());
  }

  @Test
  void pagesEndWithoutAnEmptyTrailingPage() {
    for (int i = 0; i < 6; i++) {
      create(alice, "task " + i);
    }

    Page first = service.list(page(alice, TaskSort.NEWEST_CREATED, 3, null));
    Page second = service.list(page(alice, TaskSort.NEWEST_CREATED, 3, first));

    assertEquals(3, first.tasks().size());
    assertTrue(first.next().isPresent());
    assertEquals(3, second.tasks().size());
    assertFalse(second.next().isPresent(), "no next page when nothing follows");
  }

  @Test
  void walksEverySortWithoutSkippingOrRepeatingWhileTasksAreAdded() {
    for (int i = 0; i < 23; i++) {
      create(alice, "task " + (i % 5));
    }
    for (TaskSort sort : TaskSort.values()) {
      Set<TaskId> before = new HashSet<>(ids(service.list(all(alice, sort)).tasks()));
      List<TaskId> seen = new ArrayList<>();
      Page page = null;
      do {
        page = service.list(page(alice, sort, 4, page));
        seen.addAll(ids(page.tasks()));
        create(alice, "added while paging " + sort);
      } while (page.next().isPresent());

      assertEquals(Set.copyOf(seen).size(), seen.size(), sort + ": a task was repeated");
      assertTrue(seen.containsAll(before), sort + ": a task was skipped");
    }
  }

  @Test
  void aCursorWithoutALimitGivesTheDefaultPage() {
    for (int i = 0; i < ListTasksUseCase.DEFAULT_PAGE + 10; i++) {
      create(alice, "task " + i);
    }
    Page first = service.list(page(alice, TaskSort.OLDEST_CREATED, 1, null));

    Page byCursor =
        service.list(
            query(
                alice,
                Optional.empty(),
                Optional.empty(),
                TaskSort.OLDEST_CREATED,
                OptionalInt.empty(),
                first.next()));

    assertEquals(ListTasksUseCase.DEFAULT_PAGE, byCursor.tasks().size());
    assertTrue(byCursor.next().isPresent());
  }

  @Test
  void theCommandRefusesPageSizesAndSearchesOutOfRange() {
    for (int limit : new int[] {0, -1, 101}) {
      assertThrows(
          TaskFailure.InvalidInput.class,
          () ->
              query(
                  alice,
                  Optional.empty(),
                  Optional.empty(),
                  TaskSort.TITLE,
                  OptionalInt.of(limit),
                  Optional.empty()));
    }
    for (String search : List.of("x".repeat(201), "a\u0000b")) {
      assertThrows(
          TaskFailure.InvalidInput.class,
          () ->
              query(
                  alice,
                  Optional.empty(),
                  Optional.of(search),
                  TaskSort.TITLE,
                  OptionalInt.empty(),
                  Optional.empty()));
    }
  }
}
