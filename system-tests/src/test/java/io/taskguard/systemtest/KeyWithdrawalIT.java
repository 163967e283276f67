package io.taskguard.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.TaskApi;
import io.taskguard.testsupport.TestUser;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * A compromised key, withdrawn by an operator in the database, stops working on the task API
 * (MP-JWT alone would keep trusting its cached copy), and the next sign-in is signed by a new key.
 */
class KeyWithdrawalIT {

  private final TaskApi api = new TaskApi();

  @Test
  void tokensOfAWithdrawnKeyAreRefusedAndANewKeySigns() throws Exception {
    TestUser user = api.signUp("withdrawn");
    assertEquals(200, api.get(TaskApi.tasks(user.id()), user.jwt()).status());
    String kid = kid(user.jwt());

    withdraw(kid);

    long started = System.nanoTime();
    HttpResult refused = api.get(TaskApi.tasks(user.id()), user.jwt());
    while (refused.status() == 200 && System.nanoTime() - started < 10_000_000_000L) {
      Thread.sleep(200);
      refused = api.get(TaskApi.tasks(user.id()), user.jwt());
    }
    assertEquals(401, refused.status(), refused.body());
    assertEquals("{\"detail\":\"Not authenticated\"}", refused.body());

    TestUser next = api.signUp("after-withdrawal");
    assertNotEquals(kid, kid(next.jwt()));
    assertEquals(200, api.get(TaskApi.tasks(next.id()), next.jwt()).status());
  }

  private static void withdraw(String kid) throws Exception {
    try (Connection db =
            DriverManager.getConnection(
                System.getProperty("taskguard.test.db.url"),
                System.getProperty("taskguard.test.db.user"),
                System.getProperty("taskguard.test.db.password"));
        PreparedStatement update =
            db.prepareStatement(
                "UPDATE signing_keys SET signs_until = now(), published_until = now() WHERE kid = ?")) {
      update.setString(1, kid);
      assertEquals(1, update.executeUpdate());
    }
  }

  private static String kid(String jwt) {
    String header =
        new String(
            Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))),
            StandardCharsets.UTF_8);
    int start = header.indexOf("\"kid\":\"") + 7;
    assertTrue(start > 6, header);
    return header.substring(start, header.indexOf('"', start));
  }
}
