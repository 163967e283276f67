package io.taskguard.adapter.rest.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database is away, retry" (503) rather than a bug (500). */
class UnexpectedFailureMapperTest {

  @Test
  void aConnectionEndedByAShutdownDuringCommitIsUnavailabilityNotABug() {
    // as Liberty reports it: TransactionalException <- HeuristicMixedException <- XAException <-
    // ...
    SQLException shutdown =
        new SQLException("FATAL: terminating connection due to administrator command", "57P01");
    Exception commit = new IllegalStateException("commit failed", new RuntimeException(shutdown));

    assertTrue(UnexpectedFailureMapper.isDatabaseUnavailable(commit));
  }

  @Test
  void connectionFailuresStartingServersAndMissingSchemaAreUnavailability() {
    for (String state : new String[] {"08001", "08006", "57P01", "57P02", "57P03", "42P01"}) {
      assertTrue(UnexpectedFailureMapper.isUnavailableState(state), state);
    }
  }

  @Test
  void otherDatabaseErrorsAreNot() {
    for (String state : new String[] {null, "23505", "42703", "40001", "22001"}) {
      assertFalse(UnexpectedFailureMapper.isUnavailableState(state), String.valueOf(state));
    }
    assertFalse(
        UnexpectedFailureMapper.isDatabaseUnavailable(new SQLException("duplicate", "23505")));
  }
}
