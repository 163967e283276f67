package io.taskguard.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.taskguard.testsupport.TaskApi;
import io.taskguard.testsupport.TestUser;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The operators' "rotate now" (docs/operations.md): ending the signing period of the current key
 * makes the next token come from a new key, while tokens of the old key stay valid until they
 * expire.
 */
class KeyRotationIT {

  private final TaskApi api = new TaskApi();

  @Test
  void rotateNowSignsWithANewKeyAndKeepsOldTokensValid() throws Exception {
    TestUser before = api.signUp("before-rotation");
    String oldKid = kid(before.jwt());

    try (Connection db =
            DriverManager.getConnection(
                System.getProperty("taskguard.test.db.url"),
                System.getProperty("taskguard.test.db.user"),
                System.getProperty("taskguard.test.db.password"));
        Statement statement = db.createStatement()) {
      statement.executeUpdate(
          "UPDATE signing_keys SET signs_until = now() WHERE signs_until > now()");
    }
    Thread.sleep(2500); // the test server re-reads its keys every 2 s

    TestUser after = api.signUp("after-rotation");
    assertNotEquals(oldKid, kid(after.jwt()));
    assertEquals(200, api.get(TaskApi.tasks(after.id()), after.jwt()).status());
    assertEquals(200, api.get(TaskApi.tasks(before.id()), before.jwt()).status());
  }

  private static String kid(String jwt) {
    String header =
        new String(
            Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))),
            StandardCharsets.UTF_8);
    int start = header.indexOf("\"kid\":\"") + 7;
    return header.substring(start, header.indexOf('"', start));
  }
}
