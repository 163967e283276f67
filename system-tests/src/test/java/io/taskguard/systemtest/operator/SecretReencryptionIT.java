package io.taskguard.systemtest.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.taskguard.adapter.token.SigningKeyCipher;
import io.taskguard.systemtest.twofactor.Authenticator;
import io.taskguard.systemtest.twofactor.TwoFactorClient;
import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.ExtraServer;
import io.taskguard.testsupport.FreshDatabase;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.OperatorApi;
import io.taskguard.testsupport.TaskApi;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Rotating {@code TASKGUARD_SECRET} end to end, on a database of its own: keys made under "old"; a
 * server started with "new,old" re-encrypts them on the operator's command; a server started with
 * "new" alone then signs with the same key, tokens verify, and a TOTP secret enrolled under "old"
 * still checks codes. The test decrypts the stored blobs itself to show that only the new secret
 * opens them. That last server has no operator credential, so the operator commands answer 404
 * there.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class SecretReencryptionIT {

  static final String OLD = "it-only-OLD-key-encryption-secret-0123456789";
  static final String NEW = "it-only-NEW-key-encryption-secret-9876543210";

  @Test
  void reencryptionLetsTheOldSecretBeRemoved() {
    try (FreshDatabase db = FreshDatabase.create("keys")) {
      AuthApi.Account account;
      AuthApi.Account twoFactor;
      Authenticator app;
      String signingKid;
      try (ExtraServer server = start("taskguard-oldsecret", env(db, OLD, true))) {
        AuthApi auth = new AuthApi(new TaskApi(server.baseUrl()));
        account = auth.newAccount("SecretRotation");
        twoFactor = auth.newAccount("SecretRotationTotp");
        app =
            Authenticator.of(
                new TwoFactorClient(auth, twoFactor.address())
                    .enrol(twoFactor)
                    .object()
                    .getString("totpURI"));
        HttpResult rotated = new OperatorApi(new TaskApi(server.baseUrl())).rotate(null);
        assertEquals(200, rotated.status(), rotated::toString);
        signingKid = rotated.object().getString("newKid");
      }
      Map<String, byte[]> underOld = encryptedKeys(db);
      assertEquals(2, underOld.size());
      assertOpenOnlyWith(OLD, NEW, underOld);
      byte[] totpUnderOld = totpSecret(db, twoFactor.id());
      assertOpensOnlyWith(OLD, NEW, "totp:" + twoFactor.id(), totpUnderOld);

      try (ExtraServer server = start("taskguard-bothsecrets", env(db, NEW + "," + OLD, true))) {
        HttpResult done = new OperatorApi(new TaskApi(server.baseUrl())).reencrypt(null);
        assertEquals(200, done.status(), done::toString);
        assertEquals("{\"keysReencrypted\":2}", done.body());
      }
      Map<String, byte[]> underNew = encryptedKeys(db);
      assertEquals(underOld.keySet(), underNew.keySet());
      underOld.forEach((kid, blob) -> assertFalse(Arrays.equals(blob, underNew.get(kid)), kid));
      assertOpenOnlyWith(NEW, OLD, underNew);
      byte[] totpUnderNew = totpSecret(db, twoFactor.id());
      assertFalse(Arrays.equals(totpUnderOld, totpUnderNew), "the TOTP secret was re-encrypted");
      assertOpensOnlyWith(NEW, OLD, "totp:" + twoFactor.id(), totpUnderNew);
      assertEquals(
          1,
          count(
              db,
              "SELECT count(*) FROM audit_events WHERE event = ?",
              "OPERATOR_KEYS_REENCRYPTED"));

      try (ExtraServer server = start("taskguard-newsecret", env(db, NEW, false))) {
        AuthApi auth = new AuthApi(new TaskApi(server.baseUrl()));
        HttpResult signedIn = auth.signIn(account.email(), account.password(), null);
        assertEquals(200, signedIn.status(), signedIn::toString);
        String jwt = signedIn.header("set-auth-jwt").orElseThrow();
        assertEquals(signingKid, OperatorKeysIT.kid(jwt), "signed by the re-encrypted key");
        assertEquals(200, auth.tasks(account.id(), jwt).status());
        HttpResult disabled = new OperatorApi(new TaskApi(server.baseUrl())).rotate(null);
        assertEquals(404, disabled.status(), disabled::toString);
        assertEquals("{\"message\":\"Not found\",\"code\":\"NOT_FOUND\"}", disabled.body());
        assertEquals(2, count(db, "SELECT count(*) FROM signing_keys"), "no key was made");
        TwoFactorClient client = new TwoFactorClient(auth, AuthApi.newAddress());
        client.signIn(twoFactor.email(), twoFactor.password());
        HttpResult answered =
            client.post("verify-totp", null, AuthApi.json(Map.of("code", app.code(1))));
        assertEquals(200, answered.status(), "the re-encrypted TOTP secret still checks codes");
      }
    }
  }

  /**
   * The build server's environment (its keystore password too: without Liberty's default keystore
   * MP-JWT does not start) for {@code db}, with {@code secret}, with the operator credential or
   * without one.
   */
  private static Map<String, String> env(FreshDatabase db, String secret, boolean withOperator) {
    Map<String, String> env = db.serverEnv();
    env.put("TASKGUARD_SECRET", secret);
    if (!withOperator) {
      env.remove("TASKGUARD_OPERATOR_USER");
      env.remove("TASKGUARD_OPERATOR_PASSWORD");
    }
    return env;
  }

  /** Every stored key: kid to encrypted private key. */
  private static Map<String, byte[]> encryptedKeys(FreshDatabase db) {
    Map<String, byte[]> keys = new LinkedHashMap<>();
    db.tables()
        .rows("SELECT kid, private_key_encrypted FROM signing_keys ORDER BY kid")
        .forEach(
            row -> keys.put((String) row.get("kid"), (byte[]) row.get("private_key_encrypted")));
    return keys;
  }

  private static byte[] totpSecret(FreshDatabase db, String userId) {
    return (byte[])
        db.tables()
            .rows("SELECT secret FROM totp_secrets WHERE user_id = ? AND confirmed", userId)
            .get(0)
            .get("secret");
  }

  private static void assertOpensOnlyWith(String opens, String fails, String owner, byte[] blob) {
    new SigningKeyCipher(List.of(opens)).decrypt(owner, blob);
    assertThrows(
        IllegalStateException.class,
        () -> new SigningKeyCipher(List.of(fails)).decrypt(owner, blob));
  }

  private static long count(FreshDatabase db, String sql, Object... parameters) {
    return ((Number) db.tables().rows(sql, parameters).get(0).get("count")).longValue();
  }

  private static ExtraServer start(String name, Map<String, String> env) {
    ExtraServer server = ExtraServer.start(name, env);
    try {
      server.awaitStatus("/health/ready", 200, Duration.ofSeconds(120));
      return server;
    } catch (RuntimeException | AssertionError failed) {
      server.close();
      throw failed;
    }
  }

  private static void assertOpenOnlyWith(String opens, String fails, Map<String, byte[]> keys) {
    SigningKeyCipher right = new SigningKeyCipher(List.of(opens));
    SigningKeyCipher wrong = new SigningKeyCipher(List.of(fails));
    keys.forEach(
        (kid, blob) -> {
          right.decrypt(kid, blob);
          assertThrows(IllegalStateException.class, () -> wrong.decrypt(kid, blob), kid);
        });
  }
}
