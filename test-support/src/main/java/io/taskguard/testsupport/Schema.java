package io.taskguard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A database's schema as comparable text, and the migration versions the source tree holds: to
 * check that servers migrating one database together leave it exactly as one server alone does.
 */
public final class Schema {

  private static final Path MIGRATIONS =
      Path.of("../adapters-persistence/src/main/resources/db/migration");

  private Schema() {}

  /** Tables, columns, constraints and indexes of the public schema, one line each, sorted. */
  public static List<String> of(AuthTables tables) {
    String sql =
        "SELECT 'table ' || table_name AS line FROM information_schema.tables"
            + " WHERE table_schema = 'public'"
            + " UNION SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type"
            + " || ' ' || is_nullable || ' ' || coalesce(column_default, '')"
            + " FROM information_schema.columns WHERE table_schema = 'public'"
            + " UNION SELECT 'constraint ' || conrelid::regclass || ' ' || pg_get_constraintdef(oid)"
            + " FROM pg_constraint WHERE connamespace = 'public'::regnamespace"
            + " UNION SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'"
            + " ORDER BY line";
    return tables.rows(sql).stream().map(row -> (String) row.get("line")).toList();
  }

  /** The versions of the {@code V<n>__*.sql} migration scripts in the source tree, in order. */
  public static List<String> migrationVersions() {
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.matches("V\\d+__.*\\.sql"))
          .map(name -> name.substring(1, name.indexOf("__")))
          .sorted((x, y) -> Integer.compare(Integer.parseInt(x), Integer.parseInt(y)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
