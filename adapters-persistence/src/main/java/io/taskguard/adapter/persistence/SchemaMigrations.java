package io.taskguard.adapter.persistence;

import io.taskguard.application.port.out.StoreStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with the versioned migrations in {@code db/migration}, once at
 * start-up before traffic, and again at the next readiness check if the database was unreachable
 * then. Flyway holds a PostgreSQL advisory lock while it migrates, so servers that start together
 * against one database apply each migration once.
 */
@ApplicationScoped
public class SchemaMigrations implements StoreStatus {

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());
  private static final String MIGRATIONS = "classpath:db/migration";
  private static final int VALIDITY_TIMEOUT_SECONDS = 2;

  @Resource(lookup = "jdbc/taskguardMigrations")
  DataSource migrationSource;

  private volatile boolean migrated;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    migrateIfNeeded();
  }

  /** Applies the pending migrations; returns whether the schema is now current. */
  synchronized boolean migrateIfNeeded() {
    if (migrated) {
      return true;
    }
    try {
      Flyway.configure(getClass().getClassLoader())
          .dataSource(migrationSource)
          .locations(MIGRATIONS)
          .failOnMissingLocations(true)
          .load()
          .migrate();
      migrated = true;
      LOG.info("Database schema is up to date");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Database schema could not be migrated yet: {0}", e.getMessage());
    }
    return migrated;
  }

  @Override
  public boolean isReady() {
    if (!migrateIfNeeded()) {
      return false;
    }
    try (Connection connection = migrationSource.getConnection()) {
      return connection.isValid(VALIDITY_TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }
}
