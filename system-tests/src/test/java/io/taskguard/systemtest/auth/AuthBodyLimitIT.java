package io.taskguard.systemtest.auth;

import static io.taskguard.testsupport.AuthAssertions.assertAuthError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The accounts API reads at most 16 KiB of a request body (auth-api.yaml): one byte more is a 413
 * with the usual JSON error, however large the body, and a body of exactly the limit is read.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class AuthBodyLimitIT {

  static final int LIMIT = 16 * 1024;

  final AuthApi auth = new AuthApi();
  final AuthTables db = new AuthTables();

  @ParameterizedTest(name = "{0} {1} bytes")
  @CsvSource({"sign-up/email, 16385", "sign-up/email, 1048576", "sign-in/email, 16385"})
  void aBodyAboveTheLimitIs413(String endpoint, int size) {
    String email = AuthApi.newEmail("big");
    HttpResult answer =
        auth.post("/api/auth/" + endpoint, null, padded(email, size), AuthApi.newAddress());

    assertAuthError(answer, 413, "Request body too large", "PAYLOAD_TOO_LARGE");
    assertEquals(0, db.usersWithEmail(email));
  }

  @Test
  void aBodyOfExactlyTheLimitIsRead() {
    String email = AuthApi.newEmail("limit");
    HttpResult answer =
        auth.post("/api/auth/sign-up/email", null, padded(email, LIMIT), AuthApi.newAddress());

    assertEquals(200, answer.status(), answer::toString);
    assertEquals(1, db.usersWithEmail(email));
  }

  /** A valid sign-up body of exactly {@code size} bytes, padded in an ignored field. */
  static String padded(String email, int size) {
    String head =
        "{\"email\":\""
            + email
            + "\",\"password\":\""
            + AuthApi.newPassword()
            + "\","
            + "\"name\":\"Padded\",\"callbackURL\":\"";
    String tail = "\"}";
    return head + "p".repeat(size - head.length() - tail.length()) + tail;
  }
}
