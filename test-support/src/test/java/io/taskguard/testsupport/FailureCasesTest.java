package io.taskguard.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The case finder reaches through sealed intermediate types and makes one case per enum value. */
class FailureCasesTest {

  abstract static sealed class Failure permits Plain, Grouped {}

  static final class Plain extends Failure {
    public Plain() {}
  }

  abstract static sealed class Grouped extends Failure permits Ruled, Timed {}

  static final class Ruled extends Grouped {
    enum Rule {
      ONE,
      TWO
    }

    public Ruled(Rule rule) {}
  }

  static final class Timed extends Grouped {
    public Timed(java.time.Duration wait) {}
  }

  abstract static sealed class Unlistable permits Open {}

  static non-sealed class Open extends Unlistable {
    public Open() {}
  }

  @Test
  void findsEveryConcreteCaseThroughSealedIntermediateTypes() {
    assertEquals(
        List.of("Plain", "Ruled(ONE)", "Ruled(TWO)", "Timed(PT30S)"),
        FailureCases.of(Failure.class).stream().map(FailureCases.Case::name).toList());
  }

  @Test
  void refusesAHierarchyWhoseCasesCannotBeListed() {
    assertThrows(AssertionError.class, () -> FailureCases.of(Unlistable.class));
  }
}
