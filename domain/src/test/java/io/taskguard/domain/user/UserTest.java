package io.taskguard.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTest {

  private static final UserId ID = new UserId("u-1");
  private static final Email EMAIL = new Email("ada@example.com");
  private static final Instant CREATED = Instant.parse("2026-01-01T10:00:00Z");
  private static final Instant UPDATED = Instant.parse("2026-01-02T10:00:00Z");

  @Test
  void holdsItsFieldsAndMayHaveNoImage() {
    User user = new User(ID, EMAIL, "Ada", true, null, CREATED, UPDATED);

    assertEquals(ID, user.id());
    assertEquals(EMAIL, user.email());
    assertEquals("Ada", user.name());
    assertEquals(true, user.emailVerified());
    assertNull(user.image());
    assertEquals(CREATED, user.createdAt());
    assertEquals(UPDATED, user.updatedAt());
  }

  @Test
  void requiresEveryOtherField() {
    assertMissing("id", () -> new User(null, EMAIL, "Ada", false, null, CREATED, UPDATED));
    assertMissing("email", () -> new User(ID, null, "Ada", false, null, CREATED, UPDATED));
    assertMissing("name", () -> new User(ID, EMAIL, null, false, null, CREATED, UPDATED));
    assertMissing("createdAt", () -> new User(ID, EMAIL, "Ada", false, null, null, UPDATED));
    assertMissing("updatedAt", () -> new User(ID, EMAIL, "Ada", false, null, CREATED, null));
  }

  @Test
  void anAccountNeedsBothUserAndHash() {
    User user = new User(ID, EMAIL, "Ada", false, null, CREATED, UPDATED);
    PasswordHash hash = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA");

    Account account = new Account(user, hash);

    assertEquals(user, account.user());
    assertEquals(hash, account.passwordHash());
    assertMissing("user", () -> new Account(null, hash));
    assertMissing("passwordHash", () -> new Account(user, null));
  }

  private static void assertMissing(String field, Runnable construction) {
    NullPointerException error = assertThrows(NullPointerException.class, construction::run);
    assertEquals(field, error.getMessage());
  }
}
