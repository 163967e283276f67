package io.taskguard.adapter.rest.devtools;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TestDatabaseTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 22, 0, 0);

  @Test
  void aRunsDatabaseAndItsTestsDatabasesAreStaleAfterADay() {
    assertTrue(TestDatabase.isStale("taskguard_it_20261201215959", NOW));
    assertTrue(TestDatabase.isStale("taskguard_it_20261201215959_kill", NOW));
    assertTrue(TestDatabase.isStale("taskguard_it_20261130080000_two", NOW));
    assertTrue(TestDatabase.isStale("taskguard_it_20261130080000_fresh_keys", NOW));
  }

  @Test
  void aRunOfTheLastDayKeepsItsDatabases() {
    assertFalse(TestDatabase.isStale("taskguard_it_20261201220001", NOW));
    assertFalse(TestDatabase.isStale("taskguard_it_20261202215332_kill", NOW));
  }

  @Test
  void anyOtherDatabaseIsNeverTouched() {
    assertFalse(TestDatabase.isStale("taskguard", NOW));
    assertFalse(TestDatabase.isStale("taskguard_bench", NOW));
    assertFalse(TestDatabase.isStale("postgres", NOW));
    assertFalse(TestDatabase.isStale("taskguard_it_2026120122", NOW));
    assertFalse(TestDatabase.isStale("taskguard_it_20261130080000_Kill", NOW));
    assertFalse(TestDatabase.isStale("taskguard_it_20261130080000-kill", NOW));
    assertFalse(TestDatabase.isStale("xtaskguard_it_20261130080000", NOW));
  }
}
