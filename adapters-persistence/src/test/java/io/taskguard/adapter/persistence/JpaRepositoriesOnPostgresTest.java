package io.taskguard.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.fake.InMemoryTaskRepository;
import io.taskguard.application.port.out.SessionRepository.SessionOfUser;
import io.taskguard.application.port.out.TaskCursor;
import io.taskguard.application.port.out.TaskQuery;
import io.taskguard.application.port.out.TaskSort;
import io.taskguard.domain.session.Session;
import io.taskguard.domain.session.SessionId;
import io.taskguard.domain.task.Description;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.Title;
import io.taskguard.domain.user.Account;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.PasswordHash;
import io.taskguard.domain.user.User;
import io.taskguard.domain.user.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the JPA adapters must do on PostgreSQL beyond the shared contracts, where a database could
 * quietly differ from Java: title order and code-point lengths, literal search, time precision and
 * zones.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class JpaRepositoriesOnPostgresTest extends MigratedDatabaseTest {

  private static final String GRIN = "\uD83D\uDE00"; // U+1F600, a surrogate pair in Java

  private final JpaStore store = new JpaStore(entityManagerFactory);
  private UserId owner;

  @BeforeEach
  void anOwner() {
    owner = UserId.random();
    Instant now = Instant.parse("2026-05-01T00:00:00Z");
    User user = new User(owner, new Email(owner + "@example.com"), "Owner", false, null, now, now);
    store.inTransaction(() -> store.users.add(new Account(user, new PasswordHash("$argon2id$x"))));
  }

  @Test
  void aLiveSessionsLastUseMovesForwardAndAnEndedOneStaysAsItEnded() {
    Instant now = Instant.parse("2026-05-01T00:00:00Z");
    Session session =
        new Session(
            SessionId.random(), owner, now.plus(Duration.ofDays(7)), now, now, "192.0.2.1", "ua");
    byte[] hash = new byte[32];
    hash[0] = 9;
    hash[31] = (byte) owner.value().hashCode();
    store.inTransaction(() -> store.sessions.add(session, hash));

    Instant used = now.plus(Duration.ofMinutes(3));
    store.inTransaction(() -> store.sessions.markUsed(session.id(), used));
    assertEquals(
        used,
        store.inTransaction(() -> store.sessions.findLive(hash, used)).orElseThrow().updatedAt());
    store.inTransaction(() -> store.sessions.markUsed(session.id(), now.plusSeconds(1)));
    assertEquals(
        used,
        store.inTransaction(() -> store.sessions.findLive(hash, used)).orElseThrow().updatedAt(),
        "never moves back");

    Instant ended = used.plusSeconds(10);
    store.inTransaction(() -> store.sessions.revoke(owner, session.id(), ended));
    store.inTransaction(() -> store.sessions.markUsed(session.id(), ended.plusSeconds(60)));
    Object stored =
        store.inTransaction(
            () ->
                store
                    .sessions
                    .em
                    .createNativeQuery("SELECT updated_at FROM sessions WHERE id = ?1")
                    .setParameter(1, session.id().value())
                    .getSingleResult());
    assertEquals(
        ended,
        ((java.sql.Timestamp) stored).toInstant(),
        "an ended session keeps the time it ended");
  }

  @Test
  void findsALiveSessionWithItsUserInOneLookupAndNothingOnceItEnds() {
    Instant now = Instant.parse("2026-05-01T00:00:00Z");
    Session session =
        new Session(
            SessionId.random(), owner, now.plus(Duration.ofDays(7)), now, now, "192.0.2.1", "ua");
    byte[] hash = new byte[32];
    hash[0] = 7;
    hash[31] = (byte) owner.value().hashCode();
    store.inTransaction(() -> store.sessions.add(session, hash));

    SessionOfUser found =
        store.inTransaction(() -> store.sessions.findLiveWithUser(hash, now)).orElseThrow();
    assertEquals(session, found.session());
    assertEquals(owner, found.user().id());
    assertEquals(owner + "@example.com", found.user().email().value());

    byte[] other = hash.clone();
    other[1] = 1;
    assertTrue(store.inTransaction(() -> store.sessions.findLiveWithUser(other, now)).isEmpty());
    assertTrue(
        store
            .inTransaction(
                () -> store.sessions.findLiveWithUser(hash, now.plus(Duration.ofDays(8))))
            .isEmpty(),
        "expired");
    store.inTransaction(() -> store.sessions.revoke(owner, session.id(), now));
    assertTrue(
        store.inTransaction(() -> store.sessions.findLiveWithUser(hash, now)).isEmpty(), "revoked");
  }

  @Test
  void sortsTitlesAsPeopleReadThemAsTheReferenceDoes() {
    List<String> expected =
        List.of(
            "9 lives",
            "10 things",
            "\u00c4pfel kaufen",
            "apple juice",
            "Apple pie",
            "banana split",
            "cherry",
            "\u00e9clair",
            "item 2",
            "item 10",
            "Zebra");
    for (String title : List.of("Zebra", "item 10", "10 things", "apple juice", "cherry")) {
      add(title);
    }
    for (String title :
        List.of(
            "\u00e9clair", "9 lives", "Apple pie", "item 2", "banana split", "\u00c4pfel kaufen")) {
      add(title);
    }
    TaskQuery byTitle = query(TaskSort.TITLE, Integer.MAX_VALUE, Optional.empty());

    List<Task> stored = list(byTitle);
    List<Task> reference = new ArrayList<>(stored);
    reference.sort(InMemoryTaskRepository.comparator(TaskSort.TITLE));

    assertEquals(expected, titles(stored));
    assertEquals(expected, titles(reference), "the in-memory reference order");
    assertEquals(expected, titles(pagesOf(2, TaskSort.TITLE)));
    assertEquals(expected, titles(pagesOf(3, TaskSort.TITLE)));
  }

  @Test
  void theTitleAndDueIndexesServeTheirPagesWithoutASort() throws SQLException {
    try (Connection db = database.dataSource().getConnection();
        Statement statement = db.createStatement()) {
      statement.execute(
          "INSERT INTO users (id, email, name, password_hash, created_at, updated_at)"
              + " SELECT 'explain-' || n, 'explain-' || n || '@example.com', 'E', 'x', now(), now()"
              + " FROM generate_series(1, 20) n");
      statement.execute(
          "INSERT INTO tasks (user_id, title, created_at, updated_at, due_date)"
              + " SELECT 'explain-' || (n % 20 + 1), 'task ' || n, now(), now(),"
              + " CASE WHEN n % 3 = 0 THEN NULL ELSE date '2026-01-01' + n % 400 END"
              + " FROM generate_series(1, 20000) n");
      statement.execute("ANALYZE tasks");
      TaskQuery byTitle = query(TaskSort.TITLE, 50, Optional.of(new TaskCursor("task 500", 500)));
      TaskQuery byDue = query(TaskSort.DUE, 50, Optional.of(new TaskCursor("2026-03-01", 500)));
      TaskQuery afterDated =
          query(TaskSort.DUE, 50, Optional.of(new TaskCursor(TaskCursor.NO_DUE_DATE, 500)));

      assertServedBy("tasks_user_title_idx", plan(db, byTitle));
      assertServedBy("tasks_user_due_idx", plan(db, byDue));
      assertServedBy("tasks_user_due_idx", plan(db, afterDated));
    }
  }

  private static void assertServedBy(String index, String plan) {
    assertTrue(plan.contains("Index Scan using " + index), plan);
    assertFalse(plan.contains("Sort"), plan);
  }

  private static String plan(Connection db, TaskQuery query) throws SQLException {
    TaskListSql sql = TaskListSql.of(query);
    return explain(db, sql.text().replaceFirst("\\?", "'explain-1'"), sql.parameters());
  }

  private static String explain(Connection db, String sql, List<Object> parameters)
      throws SQLException {
    try (PreparedStatement explain = db.prepareStatement("EXPLAIN " + sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        explain.setObject(i + 1, parameters.get(i));
      }
      StringBuilder plan = new StringBuilder();
      try (ResultSet rows = explain.executeQuery()) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }

  @Test
  void storesTheLongestTitleAndDescriptionInCodePoints() {
    Title title = new Title(GRIN.repeat(Title.MAX_LENGTH));
    Description description = new Description(GRIN.repeat(Description.MAX_LENGTH));

    Task added =
        store.inTransaction(
            () ->
                store.tasks.add(owner, title, description, Instant.parse("2026-05-02T00:00:00Z")));
    Task found = store.inTransaction(() -> store.tasks.findById(added.id())).orElseThrow();

    assertEquals(title, found.title());
    assertEquals(description, found.description());
  }

  @Test
  void searchesTitlesCaseInsensitivelyAndLiterally() {
    add("\u00c4pfel kaufen");
    add("100% done");
    add("100 done");
    add("snake_case");
    add("snakeXcase");

    assertEquals(List.of("\u00c4pfel kaufen"), search("\u00e4PFEL"));
    assertEquals(List.of("100% done"), search("%"));
    assertEquals(List.of("snake_case"), search("E_C"));
    assertEquals(List.of(), search("\\"));
  }

  @Test
  void keepsInstantsToTheMicrosecond() {
    Instant created = Instant.parse("2026-05-03T10:15:30.123456789Z");
    Task added = store.inTransaction(() -> store.tasks.add(owner, new Title("t"), null, created));
    Instant changedAt = Instant.parse("2026-05-03T10:15:31.000000999Z");
    Task changed = added.changed(added.title(), null, true, changedAt);
    store.inTransaction(() -> store.tasks.update(changed));

    Task found = store.inTransaction(() -> store.tasks.findById(added.id())).orElseThrow();

    assertEquals(Instant.parse("2026-05-03T10:15:30.123456Z"), added.createdAt());
    assertEquals(added.createdAt(), found.createdAt());
    assertEquals(Instant.parse("2026-05-03T10:15:31Z"), found.updatedAt());
    assertNull(found.description());
  }

  @Test
  void keepsInstantsWhateverTheJvmTimeZone() {
    TimeZone before = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu"));
      Instant at = Instant.parse("2026-10-25T01:30:00.5Z");
      Task added = store.inTransaction(() -> store.tasks.add(owner, new Title("tz"), null, at));

      Task found = store.inTransaction(() -> store.tasks.findById(added.id())).orElseThrow();
      TaskQuery after = query(TaskSort.OLDEST_CREATED, 10, Optional.of(new TaskCursor("0", 0)));

      assertEquals(at, found.createdAt());
      assertEquals(List.of(added.id()), list(after).stream().map(Task::id).toList());
    } finally {
      TimeZone.setDefault(before);
    }
  }

  private Instant clock = Instant.parse("2026-06-01T00:00:00Z");

  private void add(String title) {
    clock = clock.plusSeconds(1);
    Instant at = clock;
    store.inTransaction(() -> store.tasks.add(owner, new Title(title), null, at));
  }

  private List<Task> list(TaskQuery query) {
    return store.inTransaction(() -> store.tasks.list(owner, query));
  }

  private List<String> search(String fragment) {
    TaskQuery query =
        new TaskQuery(
            Optional.empty(),
            Optional.of(fragment),
            TaskSort.OLDEST_CREATED,
            TaskQuery.MAX_PAGE,
            Optional.empty());
    return titles(list(query));
  }

  private List<Task> pagesOf(int size, TaskSort sort) {
    List<Task> all = new ArrayList<>();
    Optional<TaskCursor> after = Optional.empty();
    for (List<Task> page = list(query(sort, size, after));
        !page.isEmpty();
        page = list(query(sort, size, after))) {
      all.addAll(page);
      after = Optional.of(cursorOf(page.get(page.size() - 1), sort));
    }
    return all;
  }

  private static TaskCursor cursorOf(Task task, TaskSort sort) {
    return io.taskguard.application.contract.TaskRepositoryContract.cursorOf(task, sort);
  }

  private static TaskQuery query(TaskSort sort, int limit, Optional<TaskCursor> after) {
    return new TaskQuery(Optional.empty(), Optional.empty(), sort, limit, after);
  }

  private static List<String> titles(List<Task> tasks) {
    return tasks.stream().map(task -> task.title().value()).toList();
  }
}
