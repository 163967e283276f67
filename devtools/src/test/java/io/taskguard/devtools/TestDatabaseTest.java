package io.taskguard.devtools;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestDatabaseTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 22, 0, 0);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "taskguard_it_20261201215959",
        "taskguard_it_20261201215959_kill",
        "taskguard_it_20261130080000_two",
        "taskguard_it_20261130080000_fresh_keys"
      })
  void aRunsDatabaseAndItsTestsDatabasesAreStaleAfterADay(String database) {
    assertTrue(TestDatabase.isStale(database, NOW));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a run of the last day keeps its databases
        "taskguard_it_20261201220001",
        "taskguard_it_20261202215332_kill",
        // any other database is never touched
        "taskguard",
        "taskguard_bench",
        "postgres",
        "taskguard_it_2026120122",
        "taskguard_it_20261130080000_Kill",
        "taskguard_it_20261130080000-kill",
        "xtaskguard_it_20261130080000"
      })
  void anythingElseStays(String database) {
    assertFalse(TestDatabase.isStale(database, NOW));
  }
}
