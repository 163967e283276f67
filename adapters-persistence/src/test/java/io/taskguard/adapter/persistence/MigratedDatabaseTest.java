package io.taskguard.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The life of a test class that needs PostgreSQL: a fresh database of its own, migrated by the
 * production migrations, with an EclipseLink factory on it; dropped when the class is done.
 */
abstract class MigratedDatabaseTest {

  static ContractDatabase database;
  static EntityManagerFactory entityManagerFactory;

  @BeforeAll
  static void freshMigratedDatabase() throws SQLException {
    database = ContractDatabase.create();
    database.migrate();
    entityManagerFactory = database.entityManagerFactory();
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    try {
      if (entityManagerFactory != null) {
        entityManagerFactory.close();
      }
    } finally {
      if (database != null) {
        database.close();
        assertFalse(database.exists(), database.name + " is dropped");
      }
    }
  }
}
