package io.taskguard.adapter.persistence;

import io.taskguard.application.port.out.TaskCursor;
import io.taskguard.application.port.out.TaskQuery;
import io.taskguard.application.port.out.TaskSort;
import io.taskguard.domain.task.Description;
import io.taskguard.domain.task.DueDate;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskId;
import io.taskguard.domain.task.Title;
import io.taskguard.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL that reads one page of a user's tasks: filters, then a keyset condition that starts
 * strictly after the cursor, then the sort with the id as tie-breaker, so pages never overlap or
 * skip while tasks are added. JDBC's positional parameters: the first is the owner, {@link
 * #parameters()} follow in the order of their places in the text.
 */
record TaskListSql(String text, List<Object> parameters) {

  /**
   * The key of the due-date sort: tasks without a due date after every date, so that the order is
   * total and one keyset condition walks it (the expression of {@code tasks_user_due_idx}, V8).
   */
  private static final String DUE_KEY = "coalesce(due_date, 'infinity'::date)";

  /** The selected columns, in the order {@link #task(ResultSet)} reads them. */
  private static final String COLUMNS =
      "id, user_id, title, description, completed, version, created_at, updated_at, due_date";

  /**
   * The current row of the query as a task. The rows are read as plain values, not entities: a
   * listed task is never changed through the persistence context, and building, caching and
   * tracking an entity per row would only add allocation to the request users make most.
   */
  static Task task(ResultSet row) throws SQLException {
    return new Task(
        new TaskId(row.getLong(1)),
        new UserId(row.getString(2)),
        new Title(row.getString(3)),
        Description.of(row.getString(4)),
        row.getBoolean(5),
        row.getLong(6),
        row.getObject(7, OffsetDateTime.class).toInstant(),
        row.getObject(8, OffsetDateTime.class).toInstant(),
        DueDate.of(row.getObject(9, LocalDate.class)));
  }

  static TaskListSql of(TaskQuery query) {
    StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS);
    List<Object> parameters = new ArrayList<>();
    filtered(query, sql, parameters);
    Order order = Order.of(query.sort());
    query
        .after()
        .ifPresent(
            cursor -> {
              parameters.add(order.keyValue(cursor));
              parameters.add(cursor.taskId());
              sql.append(" AND (")
                  .append(order.column)
                  .append(", id) ")
                  .append(order.descending ? "<" : ">")
                  .append(" (")
                  .append(order.parameter())
                  .append(", ?)");
            });
    String direction = order.descending ? " DESC" : " ASC";
    sql.append(" ORDER BY ")
        .append(order.column)
        .append(direction)
        .append(", id")
        .append(direction);
    if (query.limit() < Integer.MAX_VALUE) {
      sql.append(" LIMIT ").append(query.limit());
    }
    return new TaskListSql(sql.toString(), List.copyOf(parameters));
  }

  /** How many of the owner's tasks match the query's filters, whatever its sort and page. */
  static TaskListSql countOf(TaskQuery query) {
    StringBuilder sql = new StringBuilder("SELECT count(*)");
    List<Object> parameters = new ArrayList<>();
    filtered(query, sql, parameters);
    return new TaskListSql(sql.toString(), List.copyOf(parameters));
  }

  /** Appends the owner's rows and the query's filters (not its cursor) to {@code sql}. */
  private static void filtered(TaskQuery query, StringBuilder sql, List<Object> parameters) {
    sql.append(" FROM tasks WHERE user_id = ?");
    query
        .completed()
        .ifPresent(
            completed -> {
              parameters.add(completed);
              sql.append(" AND completed = ?");
            });
    query
        .textContains()
        .ifPresent(
            fragment -> {
              parameters.add(fragment);
              parameters.add(fragment);
              sql.append(" AND (strpos(lower(title), lower(?)) > 0")
                  .append(" OR strpos(lower(description), lower(?)) > 0)");
            });
    query
        .dueBefore()
        .ifPresent(
            day -> {
              parameters.add(day);
              sql.append(" AND due_date < ?");
            });
  }

  /**
   * A sort as SQL: its key column and direction. Titles are compared in the {@code title_order}
   * collation (V7), in the ORDER BY and in the keyset condition alike, so that {@code
   * tasks_user_title_idx} serves both and pages never skip or repeat a task.
   */
  private record Order(String column, boolean descending, TaskSort sort) {

    static Order of(TaskSort sort) {
      return switch (sort) {
        case OLDEST_CREATED, OLDEST_UPDATED -> new Order(timeColumn(sort), false, sort);
        case NEWEST_CREATED, NEWEST_UPDATED -> new Order(timeColumn(sort), true, sort);
        case TITLE -> new Order("(title COLLATE title_order)", false, sort);
        case DUE -> new Order(DUE_KEY, false, sort);
      };
    }

    private static String timeColumn(TaskSort sort) {
      boolean created = sort == TaskSort.OLDEST_CREATED || sort == TaskSort.NEWEST_CREATED;
      return created ? "created_at" : "updated_at";
    }

    /** The cursor's key in the SQL: a due day arrives as text, "infinity" for none. */
    String parameter() {
      return sort == TaskSort.DUE ? "CAST(? AS date)" : "?";
    }

    Object keyValue(TaskCursor cursor) {
      if (sort == TaskSort.TITLE) {
        return cursor.sortKey();
      }
      if (sort == TaskSort.DUE) {
        String key = cursor.sortKey();
        return key.equals(TaskCursor.NO_DUE_DATE) ? "infinity" : key;
      }
      Instant at = Instant.EPOCH.plus(Long.parseLong(cursor.sortKey()), ChronoUnit.MICROS);
      return EntityMapper.utc(at);
    }
  }
}
