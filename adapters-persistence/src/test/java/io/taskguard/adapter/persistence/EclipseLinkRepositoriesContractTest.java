package io.taskguard.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.contract.AccountTokenStoreContract;
import io.taskguard.application.contract.TaskRepositoryContract;
import io.taskguard.application.contract.UserRepositoryContract;
import io.taskguard.application.port.out.AccountTokenStore;
import io.taskguard.application.port.out.TaskRepository;
import io.taskguard.application.port.out.UserRepository;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The repository contracts, run against the JPA adapters on EclipseLink (Java SE mode, the same
 * version as Liberty's) and a real PostgreSQL whose schema comes from the production migrations.
 *
 * <p>Every case is bounded in time: a store whose cursor is not strict would otherwise keep the
 * contract's paging loop going forever.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EclipseLinkRepositoriesContractTest extends MigratedDatabaseTest {

  private final JpaStore store = new JpaStore(entityManagerFactory);

  @Test
  void theSchemaIsTheOneTheProductionMigrationsBuild() throws Exception {
    SchemaMigrations migrations = new SchemaMigrations();
    migrations.migrationSource = database.dataSource();

    assertTrue(migrations.isReady());
    assertEquals(shippedMigrations(), appliedMigrations());
  }

  /** Every versioned migration in the build's output, as "version success" rows should read. */
  private static List<String> shippedMigrations() throws java.io.IOException {
    java.util.regex.Pattern versioned = java.util.regex.Pattern.compile("V(\\d+)__.*\\.sql");
    try (var files =
        java.nio.file.Files.list(java.nio.file.Path.of("target/classes/db/migration"))) {
      List<String> shipped =
          files
              .map(file -> versioned.matcher(file.getFileName().toString()))
              .filter(java.util.regex.Matcher::matches)
              .map(matcher -> Integer.parseInt(matcher.group(1)))
              .sorted()
              .map(version -> version + " true")
              .toList();
      assertFalse(shipped.isEmpty(), "no migrations in target/classes/db/migration");
      return shipped;
    }
  }

  private static List<String> appliedMigrations() throws SQLException {
    List<String> applied = new ArrayList<>();
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT version, success FROM flyway_schema_history"
                    + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
      while (rows.next()) {
        applied.add(rows.getString(1) + " " + rows.getBoolean(2));
      }
    }
    return applied;
  }

  @Nested
  class Users extends UserRepositoryContract {
    @Override
    protected UserRepository repository() {
      return store.users;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
      return store.inTransaction(work);
    }
  }

  @Nested
  class Tasks extends TaskRepositoryContract {
    @Override
    protected TaskRepository tasks() {
      return store.tasks;
    }

    @Override
    protected UserRepository users() {
      return store.users;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
      return store.inTransaction(work);
    }
  }

  @Nested
  class AccountTokens extends AccountTokenStoreContract {
    @Override
    protected AccountTokenStore tokens() {
      return store.accountTokens;
    }

    @Override
    protected UserRepository users() {
      return store.users;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
      return store.inTransaction(work);
    }
  }
}
