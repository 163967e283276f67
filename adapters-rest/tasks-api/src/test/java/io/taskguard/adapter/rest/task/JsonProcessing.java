package io.taskguard.adapter.rest.task;

import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that parse JSON need an implementation of Jakarta JSON Processing, which Liberty provides
 * at run time but the build provides to tests only when one is declared with test scope.
 */
final class JsonProcessing {

  private JsonProcessing() {}

  static void assumeAvailable() {
    Assumptions.assumeTrue(
        available(),
        "no Jakarta JSON Processing implementation on the test class path"
            + " (declare org.eclipse.parsson:parsson with test scope)");
  }

  private static boolean available() {
    try {
      return JsonProvider.provider() != null;
    } catch (JsonException missing) {
      return false;
    }
  }
}
