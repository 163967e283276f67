package io.taskguard.systemtest.attack;

import static io.taskguard.testsupport.TaskAssertions.assertNotAuthenticated;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.Jwts;
import io.taskguard.testsupport.TaskApi;
import io.taskguard.testsupport.TasksTable;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jose4j.jwk.JsonWebKeySet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forged, tampered, misplaced and spent tokens against the task API of the build's server. Every
 * case is sent as a list ({@code GET}) and as a create ({@code POST}) of the victim's collection
 * and must get 401 {@code {"detail":"Not authenticated"}} with a Bearer challenge, leave the tasks
 * table as it was, and never cost the attacker-controlled host a request. The case list by family
 * is in specs/keys-and-tokens.md ("JWT attack suite"); claim checks that need a trusted signature
 * are in {@link JwtClaimsAttackIT}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class JwtAttackIT {

  static final TaskApi api = new TaskApi();
  static final AuthApi auth = new AuthApi(api);
  static final TasksTable table = new TasksTable();
  static final AuthTables tables = new AuthTables();
  static Target target;
  static AttackerHost host;

  @BeforeAll
  static void aVictimAnAttackerAndTheirKeys() {
    AuthApi.Account victim = auth.newAccount("victim");
    HttpResult created = api.post(TaskApi.tasks(victim.id()), victim.jwt(), "{\"title\":\"mine\"}");
    assertEquals(201, created.status(), created::toString);
    AttackerKeys keys = AttackerKeys.generate(Path.of("target", "attack"));
    target = Target.of(victim, auth.newAccount("attacker"), keys);
    host = new AttackerHost(attackerJwks(keys), pem(keys));
  }

  @AfterAll
  static void stopTheAttackersHost() {
    if (host != null) {
      assertEquals(0, host.requests(), "taskguard fetched something from a URL a token named");
      host.close();
    }
  }

  static Stream<Arguments> attacks() {
    return Stream.of(
            SignatureAttacks.all(target, host),
            ShapeAttacks.all(target),
            ContextAttacks.all(target, auth, tables))
        .flatMap(s -> s)
        .map(Attack::arguments);
  }

  @Test
  @Order(1)
  void theVictimsRealTokenIsAccepted() {
    assertEquals(200, api.get(TaskApi.tasks(target.victim().id()), target.victim().jwt()).status());
  }

  /**
   * The Bearer scheme in any case and with more than one space (RFC 9110 section 11): the same
   * answers as {@code Bearer}, a list and a create that is stored.
   */
  @Test
  @Order(1)
  void theVictimsRealTokenIsAcceptedWhateverTheCaseOfTheScheme() {
    String collection = TaskApi.tasks(target.victim().id());
    String expected = api.get(collection, target.victim().jwt()).body();
    for (Delivery delivery :
        Delivery.bearer(target.victim().id(), target.victim().jwt()).withSchemeVariants()) {
      HttpResult listed = delivery.send(api, "GET");
      assertEquals(200, listed.status(), () -> delivery.headers() + " " + listed);
      assertEquals(expected, listed.body(), delivery.headers()::toString);
      HttpResult created = delivery.send(api, "POST");
      assertEquals(201, created.status(), () -> delivery.headers() + " " + created);
      long id = created.object().getJsonNumber("id").longValue();
      TasksTable.Row stored = table.find(id).orElseThrow();
      assertEquals(target.victim().id(), stored.userId(), "stored for the victim");
      assertEquals(
          204, api.delete(TaskApi.task(target.victim().id(), id), target.victim().jwt()).status());
    }
  }

  @ParameterizedTest(name = "[{index}] {0}: {1}")
  @MethodSource("attacks")
  @Order(2)
  void isRefused(String family, String name, Supplier<Delivery> attack) {
    for (Delivery delivery : attack.get().withSchemeVariants()) {
      for (String method : new String[] {"GET", "POST"}) {
        assertNotAuthenticated(table, () -> challenged(delivery, delivery.send(api, method)));
      }
    }
  }

  /** Last: withdrawing the key ends every token it signed, the victim's too. */
  @Test
  @Order(3)
  void aTokenOfAWithdrawnKeyIsRefused() throws InterruptedException {
    AuthApi.Account holder = auth.newAccount("retired-key");
    String kid = Jwts.header(holder.jwt()).getString("kid");
    tables.update(
        "UPDATE signing_keys SET signs_until = now(), published_until = now() WHERE kid = ?", kid);
    Delivery delivery = Delivery.bearer(holder.id(), holder.jwt());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (delivery.send(api, "GET").status() == 200 && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    for (String method : new String[] {"GET", "POST"}) {
      assertNotAuthenticated(table, () -> challenged(delivery, delivery.send(api, method)));
    }
  }

  /** RFC 6750: {@code invalid_token} when a credential was sent, a bare challenge otherwise. */
  private static HttpResult challenged(Delivery delivery, HttpResult answer) {
    String expected = delivery.sendsAuthorization() ? "Bearer error=\"invalid_token\"" : "Bearer";
    assertEquals(expected, answer.header("WWW-Authenticate").orElse(null), answer::toString);
    return answer;
  }

  private static String attackerJwks(AttackerKeys keys) {
    keys.rsa.setKeyId("attacker");
    return new JsonWebKeySet(keys.rsa).toJson();
  }

  private static String pem(AttackerKeys keys) {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + java.util.Base64.getMimeEncoder().encodeToString(keys.certificate.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
