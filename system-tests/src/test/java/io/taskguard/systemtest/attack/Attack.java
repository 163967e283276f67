package io.taskguard.systemtest.attack;

import java.util.function.Supplier;
import org.junit.jupiter.params.provider.Arguments;

/**
 * One case of the attack suite: its family (as the spec's case list names it), a readable name, and
 * how to make its delivery. The delivery is made when the case runs, so cases that need fresh state
 * (a signed-out session, a deleted user) set it up in their own turn.
 */
record Attack(String family, String name, Supplier<Delivery> delivery) {

  Arguments arguments() {
    return Arguments.of(family, name, delivery);
  }
}
