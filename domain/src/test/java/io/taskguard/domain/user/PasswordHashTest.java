package io.taskguard.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHashTest {

  private static final String ENCODED =
      "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG";

  @Test
  void keepsTheEncodedHash() {
    assertEquals(ENCODED, new PasswordHash(ENCODED).encoded());
  }

  @Test
  void toStringHidesTheHash() {
    String shown = new PasswordHash(ENCODED).toString();

    assertEquals("PasswordHash[hidden]", shown);
    assertFalse(shown.contains("argon2"));
    assertFalse(shown.contains("c29tZXNhbHQ"));
  }

  @Test
  void staysHiddenWhenPartOfAnotherValue() {
    User user =
        new User(
            new UserId("u1"),
            new Email("ada@example.com"),
            "Ada",
            false,
            null,
            Instant.EPOCH,
            Instant.EPOCH);

    String shown = new Account(user, new PasswordHash(ENCODED)).toString();

    assertFalse(shown.contains(ENCODED), shown);
    assertFalse(shown.contains("RdescudvJCsgt3ub"), shown);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t\n"})
  void refusesAnEmptyHash(String encoded) {
    assertThrows(IllegalArgumentException.class, () -> new PasswordHash(encoded));
  }
}
