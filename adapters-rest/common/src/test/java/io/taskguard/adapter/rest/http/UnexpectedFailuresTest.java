package io.taskguard.adapter.rest.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database is away, retry" (503) rather than a bug (500). */
class UnexpectedFailuresTest {

  @Test
  void aConnectionEndedByAShutdownDuringCommitIsUnavailabilityNotABug() {
    // as Liberty reports it: TransactionalException <- HeuristicMixedException <- XAException <-
    // ...
    SQLException shutdown =
        new SQLException("FATAL: terminating connection due to administrator command", "57P01");
    Exception commit = new IllegalStateException("commit failed", new RuntimeException(shutdown));

    assertTrue(UnexpectedFailures.isDatabaseUnavailable(commit));
  }

  @Test
  void connectionFailuresStartingServersAndMissingSchemaAreUnavailability() {
    for (String state : new String[] {"08001", "08006", "57P01", "57P02", "57P03", "42P01"}) {
      assertTrue(UnexpectedFailures.isUnavailableState(state), state);
    }
  }

  @Test
  void otherDatabaseErrorsAreNot() {
    for (String state : new String[] {null, "23505", "42703", "40001", "22001"}) {
      assertFalse(UnexpectedFailures.isUnavailableState(state), String.valueOf(state));
    }
    assertFalse(UnexpectedFailures.isDatabaseUnavailable(new SQLException("duplicate", "23505")));
  }
}
