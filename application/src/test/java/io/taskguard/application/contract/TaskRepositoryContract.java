package io.taskguard.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.out.TaskCursor;
import io.taskguard.application.port.out.TaskQuery;
import io.taskguard.application.port.out.TaskRepository;
import io.taskguard.application.port.out.TaskSort;
import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.task.Description;
import io.taskguard.domain.task.DueDate;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskId;
import io.taskguard.domain.task.Title;
import io.taskguard.domain.user.Account;
import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TaskRepository} must do, checked the same way against each store. */
public abstract class TaskRepositoryContract {

  protected abstract TaskRepository tasks();

  protected abstract UserRepository users();

  protected abstract <T> T inUnitOfWork(Supplier<T> work);

  private UserId owner;
  private UserId other;
  private Instant clock;

  @BeforeEach
  void twoUsers() {
    owner = addUser();
    other = addUser();
    clock = Instant.parse("2026-01-01T00:00:00Z");
  }

  private UserId addUser() {
    Account account = UserRepositoryContract.newAccount(UserRepositoryContract.uniqueEmail());
    inUnitOfWork(
        () -> {
          users().add(account);
          return null;
        });
    return account.user().id();
  }

  private Task add(UserId who, String title) {
    clock = clock.plusMillis(1);
    Instant at = clock;
    return inUnitOfWork(
        () -> tasks().add(who, new Title(title), Description.of("about " + title), at));
  }

  private List<Task> list(UserId who, TaskQuery query) {
    return inUnitOfWork(() -> tasks().list(who, query));
  }

  @Test
  void addsATaskThatCanBeFoundAsStored() {
    Task added = add(owner, "Buy milk");

    Task found = inUnitOfWork(() -> tasks().findById(added.id())).orElseThrow();

    assertEquals(added, found);
    assertEquals(owner, found.owner());
    assertEquals("about Buy milk", found.description().value());
    assertFalse(found.completed());
    assertEquals(0, found.version());
    assertEquals(found.createdAt(), found.updatedAt());
  }

  @Test
  void neverReusesAnId() {
    Task first = add(owner, "one");
    inUnitOfWork(() -> tasks().remove(first.id(), 0));
    Task second = add(owner, "two");

    assertTrue(second.id().value() > first.id().value());
  }

  @Test
  void listsOnlyTheOwnersTasksNewestFirst() {
    Task a = add(owner, "a");
    add(other, "not mine");
    Task b = add(owner, "b");
    Task c = add(owner, "c");

    assertEquals(List.of(c, b, a), list(owner, TaskQuery.all()));
  }

  @Test
  void filtersByCompletionAndTitle() {
    Task milk = add(owner, "Buy MILK");
    Task bread = add(owner, "Buy bread");
    add(owner, "Call mum");
    Task done = bread.changed(bread.title(), bread.description(), true, clock.plusSeconds(1));
    assertTrue(inUnitOfWork(() -> tasks().update(done)));

    TaskQuery completed =
        new TaskQuery(
            Optional.of(true), Optional.empty(), TaskSort.NEWEST_CREATED, 50, Optional.empty());
    TaskQuery search =
        new TaskQuery(
            Optional.empty(), Optional.of("milk"), TaskSort.NEWEST_CREATED, 50, Optional.empty());

    assertEquals(List.of(bread.id()), ids(list(owner, completed)));
    assertEquals(List.of(milk.id()), ids(list(owner, search)));
  }

  @Test
  void searchesTheTitleOrTheDescription() {
    Task milk = add(owner, "Buy MILK");
    Instant at = clock.plusMillis(1);
    Task shopping =
        inUnitOfWork(
            () ->
                tasks()
                    .add(owner, new Title("Shopping"), Description.of("oat milk, 2 LITRES"), at));
    inUnitOfWork(() -> tasks().add(owner, new Title("No words"), null, at.plusMillis(1)));

    assertEquals(List.of(shopping.id(), milk.id()), ids(list(owner, searchFor("milk"))));
    assertEquals(List.of(shopping.id()), ids(list(owner, searchFor("2 litres"))));
    assertEquals(List.of(milk.id()), ids(list(owner, searchFor("ABOUT"))));
  }

  private static TaskQuery searchFor(String fragment) {
    return new TaskQuery(
        Optional.empty(), Optional.of(fragment), TaskSort.NEWEST_CREATED, 50, Optional.empty());
  }

  private Task addDue(String title, String day) {
    clock = clock.plusMillis(1);
    Instant at = clock;
    DueDate due = day == null ? null : new DueDate(LocalDate.parse(day));
    return inUnitOfWork(() -> tasks().add(owner, new Title(title), null, due, at));
  }

  @Test
  void sortsByDueDateSoonestFirstWithoutOneLastAndPagesThroughThem() {
    Task none1 = addDue("none 1", null);
    Task late = addDue("late", "2027-03-01");
    Task early = addDue("early", "2026-12-24");
    Task none2 = addDue("none 2", null);
    Task early2 = addDue("early too", "2026-12-24");
    Task ancient = addDue("ancient", "0001-01-01");
    List<TaskId> expected =
        List.of(ancient.id(), early.id(), early2.id(), late.id(), none1.id(), none2.id());

    TaskQuery all =
        new TaskQuery(Optional.empty(), Optional.empty(), TaskSort.DUE, 50, Optional.empty());
    assertEquals(expected, ids(list(owner, all)));
    for (int size = 1; size <= 4; size++) {
      List<TaskId> seen = new ArrayList<>();
      Optional<TaskCursor> after = Optional.empty();
      for (List<Task> page = list(owner, duePage(size, after));
          !page.isEmpty();
          page = list(owner, duePage(size, after))) {
        page.forEach(task -> seen.add(task.id()));
        after = Optional.of(cursorOf(page.get(page.size() - 1), TaskSort.DUE));
      }
      assertEquals(expected, seen, "pages of " + size);
    }
  }

  @Test
  void filtersTasksDueBeforeADay() {
    addDue("none", null);
    Task overdue = addDue("overdue", "2026-12-06");
    addDue("today", "2026-12-07");
    Task older = addDue("older", "2025-01-01");
    TaskQuery overdueNow =
        new TaskQuery(
            Optional.empty(),
            Optional.empty(),
            Optional.of(LocalDate.parse("2026-12-07")),
            TaskSort.DUE,
            50,
            Optional.empty());

    assertEquals(List.of(older.id(), overdue.id()), ids(list(owner, overdueNow)));
  }

  @Test
  void countsWhatTheFiltersMatchWhateverThePage() {
    addDue("overdue", "2026-12-01");
    Task done = addDue("done", "2026-11-01");
    addDue("later", "2027-01-01");
    add(other, "not mine");
    assertTrue(
        inUnitOfWork(
            () -> tasks().update(done.changed(done.title(), null, true, clock.plusSeconds(1)))));
    TaskQuery pendingOverdue =
        new TaskQuery(
            Optional.of(false),
            Optional.empty(),
            Optional.of(LocalDate.parse("2026-12-07")),
            TaskSort.TITLE,
            1,
            Optional.of(new TaskCursor("zzz", 1)));

    assertEquals(3, inUnitOfWork(() -> tasks().count(owner, TaskQuery.all())));
    assertEquals(1, inUnitOfWork(() -> tasks().count(owner, pendingOverdue)));
    assertEquals(1, inUnitOfWork(() -> tasks().count(owner, searchFor("LATER"))));
  }

  @Test
  void keepsAndChangesTheDueDate() {
    Task task = addDue("report", "2026-12-24");
    Task renamed = task.changed(new Title("report v2"), null, false, clock.plusSeconds(1));
    assertTrue(inUnitOfWork(() -> tasks().update(renamed)));
    assertEquals(
        task.dueDate(), inUnitOfWork(() -> tasks().findById(task.id())).orElseThrow().dueDate());
    Task cleared = renamed.changed(renamed.title(), null, null, false, clock.plusSeconds(2));
    assertTrue(inUnitOfWork(() -> tasks().update(cleared)));
    assertEquals(null, inUnitOfWork(() -> tasks().findById(task.id())).orElseThrow().dueDate());
  }

  private static TaskQuery duePage(int size, Optional<TaskCursor> after) {
    return new TaskQuery(Optional.empty(), Optional.empty(), TaskSort.DUE, size, after);
  }

  @Test
  void sortsEveryWayWithTheSameOrderAsTheReference() {
    for (String title : List.of("pear", "apple", "fig", "apple", "kiwi")) {
      add(owner, title);
    }
    List<Task> all = list(owner, TaskQuery.all());
    Task first = all.get(all.size() - 1);
    Task touched = first.changed(first.title(), null, true, clock.plusSeconds(5));
    inUnitOfWork(() -> tasks().update(touched));

    for (TaskSort sort : TaskSort.values()) {
      TaskQuery query =
          new TaskQuery(Optional.empty(), Optional.empty(), sort, 50, Optional.empty());
      List<Task> expected = new ArrayList<>(list(owner, TaskQuery.all()));
      expected.sort(io.taskguard.application.fake.InMemoryTaskRepository.comparator(sort));
      assertEquals(ids(expected), ids(list(owner, query)), sort.name());
    }
  }

  @Test
  void pagesWithoutSkippingOrRepeatingWhileTasksAreAdded() {
    for (int i = 0; i < 25; i++) {
      add(owner, "task " + i);
    }
    for (TaskSort sort : TaskSort.values()) {
      List<TaskId> seen = new ArrayList<>();
      Optional<TaskCursor> after = Optional.empty();
      List<TaskId> before = ids(list(owner, TaskQuery.all()));
      while (true) {
        TaskQuery page = new TaskQuery(Optional.empty(), Optional.empty(), sort, 7, after);
        List<Task> tasks = list(owner, page);
        if (tasks.isEmpty()) {
          break;
        }
        tasks.forEach(task -> seen.add(task.id()));
        Task last = tasks.get(tasks.size() - 1);
        after = Optional.of(cursorOf(last, sort));
      }
      assertEquals(before.size(), seen.size(), sort.name());
      assertTrue(seen.containsAll(before), sort.name());
    }
  }

  /** The cursor that a page ending at {@code task} hands out, as the REST adapter builds it. */
  public static TaskCursor cursorOf(Task task, TaskSort sort) {
    String key =
        switch (sort) {
          case TITLE -> task.title().value();
          case OLDEST_CREATED, NEWEST_CREATED -> Long.toString(micros(task.createdAt()));
          case OLDEST_UPDATED, NEWEST_UPDATED -> Long.toString(micros(task.updatedAt()));
          case DUE ->
              task.dueDate() == null ? TaskCursor.NO_DUE_DATE : task.dueDate().value().toString();
        };
    return new TaskCursor(key, task.id().value());
  }

  private static long micros(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }

  @Test
  void updatesOnlyFromTheCurrentVersion() {
    Task task = add(owner, "draft");
    Task v1 = task.changed(new Title("final"), null, true, clock.plusSeconds(1));
    Task staleV1 = task.changed(new Title("lost"), null, false, clock.plusSeconds(2));

    assertTrue(inUnitOfWork(() -> tasks().update(v1)));
    assertFalse(inUnitOfWork(() -> tasks().update(staleV1)));

    Task stored = inUnitOfWork(() -> tasks().findById(task.id())).orElseThrow();
    assertEquals("final", stored.title().value());
    assertEquals(1, stored.version());
    assertTrue(stored.completed());
    assertEquals(null, stored.description());
    assertNotEquals(stored.createdAt(), stored.updatedAt());
  }

  @Test
  void removesOnlyAtTheCurrentVersion() {
    Task task = add(owner, "to go");

    assertFalse(inUnitOfWork(() -> tasks().remove(task.id(), 7)));
    assertTrue(inUnitOfWork(() -> tasks().remove(task.id(), 0)));
    assertFalse(inUnitOfWork(() -> tasks().remove(task.id(), 0)));
    assertTrue(inUnitOfWork(() -> tasks().findById(task.id())).isEmpty());
  }

  @Test
  void removingAUserRemovesTheirTasks() {
    Task task = add(owner, "mine");

    inUnitOfWork(() -> users().remove(owner));

    assertTrue(inUnitOfWork(() -> tasks().findById(task.id())).isEmpty());
  }

  private static List<TaskId> ids(List<Task> tasks) {
    return tasks.stream().map(Task::id).toList();
  }
}
