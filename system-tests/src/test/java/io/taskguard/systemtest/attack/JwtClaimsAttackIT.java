package io.taskguard.systemtest.attack;

import static io.taskguard.testsupport.TaskAssertions.assertNotAuthenticated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.ExtraServer;
import io.taskguard.testsupport.Jwts;
import io.taskguard.testsupport.TaskApi;
import io.taskguard.testsupport.TasksTable;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The claim checks of the task API, tested with signatures that verify: a second server on the
 * build's database signs with an operator key file ({@code taskguard.keys.file}) whose private key
 * the test holds, so each token here is genuine except for the one claim or header under attack. A
 * control token made the same way with nothing wrong must be accepted.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class JwtClaimsAttackIT {

  static final TasksTable table = new TasksTable();
  static ExtraServer server;
  static TaskApi api;
  static ClaimAttacks claims;
  static AuthApi.Account holder;

  @BeforeAll
  static void aServerWithAKeyTheTestHolds() throws Exception {
    RsaJsonWebKey trusted = RsaJwkGenerator.generateJwk(2048);
    trusted.setKeyId("operator-key-for-claims-attacks");
    Path keyFile = Path.of("target", "attack", "operator-keys.json").toAbsolutePath();
    Files.createDirectories(keyFile.getParent());
    Files.writeString(
        keyFile, new JsonWebKeySet(trusted).toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
    Map<String, String> env = buildServerEnv();
    env.put("TASKGUARD_KEYS_FILE", keyFile.toString());
    server = ExtraServer.start("taskguard-claims", env);
    server.awaitStatus("/health/ready", 200, Duration.ofSeconds(150));
    api = new TaskApi(server.baseUrl());
    AuthApi auth = new AuthApi(api);
    holder = auth.newAccount("claims-holder");
    AuthApi.Account other = auth.newAccount("claims-other");
    assertEquals(trusted.getKeyId(), Jwts.header(holder.jwt()).getString("kid"));
    claims = new ClaimAttacks(trusted, holder.jwt(), other.jwt());
  }

  @AfterAll
  static void stopIt() {
    if (server != null) {
      server.close();
    }
  }

  static Stream<Arguments> attacks() {
    return claims.all(holder.id()).map(Attack::arguments);
  }

  @Test
  void aTokenMadeTheSameWayWithNothingWrongIsAccepted() {
    for (Delivery delivery :
        Delivery.bearer(holder.id(), claims.token(c -> c)).withSchemeVariants()) {
      var listed = delivery.send(api, "GET");
      assertEquals(200, listed.status(), () -> delivery.headers() + " " + listed);
    }
  }

  /**
   * A genuine, live token whose {@code groups} lack taskguard's {@code user} role: authenticated,
   * but not allowed (403 with the task API's body, no challenge), and nothing is read or written.
   */
  @Test
  void aGenuineTokenWithoutTheUserRoleIsForbidden() {
    TasksTable.Snapshot before = table.snapshot();
    for (var groups :
        List.<UnaryOperator<JsonObjectBuilder>>of(
            c -> c.remove("groups"),
            c -> c.add("groups", Json.createArrayBuilder().add("admin").build()),
            c -> c.add("groups", Json.createArrayBuilder().build()))) {
      for (Delivery delivery :
          Delivery.bearer(holder.id(), claims.token(groups)).withSchemeVariants()) {
        var listed = delivery.send(api, "GET");
        assertEquals(403, listed.status(), () -> delivery.headers() + " " + listed);
        assertEquals("Access denied", listed.detail(), listed::toString);
        assertTrue(listed.header("WWW-Authenticate").isEmpty(), listed::toString);
        var created = delivery.send(api, "POST");
        assertEquals(403, created.status(), () -> delivery.headers() + " " + created);
      }
    }
    assertEquals(before, table.snapshot(), "nothing was written");
  }

  @ParameterizedTest(name = "[{index}] {0}: {1}")
  @MethodSource("attacks")
  void isRefused(String family, String name, Supplier<Delivery> attack) {
    for (Delivery delivery : attack.get().withSchemeVariants()) {
      for (String method : new String[] {"GET", "POST"}) {
        assertNotAuthenticated(
            table,
            () -> {
              var answer = delivery.send(api, method);
              assertEquals(
                  "Bearer error=\"invalid_token\"",
                  answer.header("WWW-Authenticate").orElse(null),
                  answer::toString);
              return answer;
            });
      }
    }
  }

  private static Map<String, String> buildServerEnv() throws IOException {
    Path template = Path.of(System.getProperty("taskguard.test.server.dir"));
    Map<String, String> env = new HashMap<>();
    for (String line : Files.readAllLines(template.resolve("server.env"))) {
      int equals = line.indexOf('=');
      if (!line.startsWith("#") && equals > 0) {
        env.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
      }
    }
    return env;
  }
}
