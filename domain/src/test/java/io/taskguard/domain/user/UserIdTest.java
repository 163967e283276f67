package io.taskguard.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UserIdTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "u",
        "abc_DEF-123",
        "3f1c2a4e-9b7d-4c1e-8f00-123456789abc",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      })
  void acceptsUrlSafeIdsUpTo64Characters(String value) {
    assertEquals(value, new UserId(value).value());
    assertEquals(value, new UserId(value).toString());
    assertTrue(UserId.isWellFormed(value));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        " ",
        " abc",
        "abc ",
        "a/b",
        "a.b",
        "a%2Fb",
        "../etc",
        "a+b",
        "ü",
        "a\nb",
        "a@b",
        "a[b",
        "a`b",
        "a{b",
        "a:b",
        "a/",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      })
  void refusesAnythingElseAsInvalidInput(String value) {
    IdentityFailure.InvalidInput error =
        assertThrows(IdentityFailure.InvalidInput.class, () -> new UserId(value));
    assertEquals(IdentityFailure.InvalidInput.Rule.USER_ID_MALFORMED, error.rule());
    assertFalse(UserId.isWellFormed(value));
  }

  @Test
  void isCaseSensitive() {
    assertNotEquals(new UserId("abc"), new UserId("ABC"));
  }

  @Test
  void randomIdsAreDistinctUuids() {
    Set<UserId> ids = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      UserId id = UserId.random();
      assertEquals(id.value(), UUID.fromString(id.value()).toString());
      ids.add(id);
    }
    assertEquals(1000, ids.size());
  }
}
