package io.taskguard.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.taskguard.domain.user.IdentityFailure;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"s", "Ab_9-z", "0f8fad5b-d9cb-469f-a165-70867728950e"})
  void acceptsUrlSafeIds(String value) {
    assertEquals(value, new SessionId(value).value());
    assertEquals(value, new SessionId(value).toString());
  }

  @Test
  void acceptsUpTo64Characters() {
    assertEquals(64, new SessionId("s".repeat(64)).value().length());
    assertNotFound("s".repeat(65));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "a b", "a/b", "a.b", "é", "s-1\n"})
  void anIdOfAnyOtherShapeIsASessionThatIsNotFound(String value) {
    assertNotFound(value);
  }

  @Test
  void randomIdsAreDistinctUuids() {
    SessionId one = SessionId.random();
    SessionId two = SessionId.random();

    assertEquals(one.value(), UUID.fromString(one.value()).toString());
    assertNotEquals(one, two);
  }

  private static void assertNotFound(String value) {
    IdentityFailure.SessionNotFound error =
        assertThrows(IdentityFailure.SessionNotFound.class, () -> new SessionId(value));
  }
}
