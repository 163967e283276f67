package io.taskguard.systemtest.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.ExtraServer;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.OwnServer;
import io.taskguard.testsupport.ServerLog;
import io.taskguard.testsupport.TaskApi;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A server with no HTTPS keystore at all, as behind a proxy that terminates TLS: only the settings
 * the deployment guide calls required (database and secret), nothing else. Its task API verifies
 * tokens all the same (MP-JWT used to stay inactive without a loadable keystore and refused every
 * valid token with 401), and start-up says once, as a WARNING, that HTTPS is off, and once that no
 * mail server is set (reset and verification mails wait in the outbox).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class NoKeystoreIT {

  static OwnServer own;
  static ExtraServer server;

  /**
   * Its own database: the server keeps every default, among them the sign-up limit per address,
   * which the build's other tests (all from 127.0.0.1) would have used up in the shared one.
   */
  @BeforeAll
  static void aServerWithOnlyTheRequiredSettings() {
    own = OwnServer.start("nokeystore", Map.of());
    server = own.server();
  }

  @AfterAll
  static void stop() {
    if (own != null) {
      own.close();
    }
  }

  @Test
  void theTaskApiAcceptsTheTokensItIssuesWithoutAnyKeystore() {
    TaskApi tasks = new TaskApi(server.baseUrl());
    AuthApi.Account ada = new AuthApi(tasks).newAccount("NoKeystore");

    HttpResult created =
        tasks.post(TaskApi.tasks(ada.id()), ada.jwt(), "{\"title\":\"behind a TLS proxy\"}");
    assertEquals(201, created.status(), created::toString);
    assertEquals("behind a TLS proxy", created.object().getString("title"));

    HttpResult listed = tasks.get(TaskApi.tasks(ada.id()), ada.jwt());
    assertEquals(200, listed.status(), listed::toString);
    assertEquals(1, listed.array().size());
    assertEquals(
        created.object().getInt("id"), listed.array().getJsonObject(0).getInt("id"), "its task");

    String jwt = ada.jwt();
    String otherSignature = jwt.substring(0, jwt.length() - 2) + (jwt.endsWith("AA") ? "BB" : "AA");
    HttpResult forged = tasks.get(TaskApi.tasks(ada.id()), otherSignature);
    assertEquals(401, forged.status(), "a bad signature is still refused");
  }

  @Test
  void startUpSaysOnceThatHttpsIsOffAndOnceThatNoMailServerIsSetAndNothingListensForHttps() {
    ServerLog messages = new ServerLog(server.logs().resolve("messages.log"));
    List<JsonObject> problems =
        messages.records().stream()
            .filter(r -> List.of("WARNING", "ERROR").contains(r.getString("loglevel", "")))
            .toList();
    assertEquals(2, problems.size(), problems::toString);
    assertTrue(
        problems.stream().allMatch(r -> r.getString("loglevel").equals("WARNING")),
        problems::toString);
    List<String> said = problems.stream().map(r -> r.getString("message")).toList();
    assertTrue(
        said.stream()
            .anyMatch(
                m ->
                    m.startsWith(
                        "HTTPS is off: no keystore password is set"
                            + " (TASKGUARD_TLS_KEYSTORE_PASSWORD)")),
        problems::toString);
    assertTrue(
        said.stream()
            .anyMatch(m -> m.startsWith("No mail server is configured (TASKGUARD_MAIL_HOST)")),
        problems::toString);

    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", server.httpsPort()), 1000);
      throw new AssertionError("something listens on the HTTPS port " + server.httpsPort());
    } catch (IOException refused) {
      // nothing listens: no keystore, no HTTPS
    }
  }
}
