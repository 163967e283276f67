package io.taskguard.adapter.token;

import static io.taskguard.adapter.token.KeyRotationTest.kid;
import static io.taskguard.adapter.token.KeyRotationTest.kids;
import static io.taskguard.adapter.token.TokenFixtures.ADA;
import static io.taskguard.adapter.token.TokenFixtures.AUDIENCE;
import static io.taskguard.adapter.token.TokenFixtures.ISSUER;
import static io.taskguard.adapter.token.TokenFixtures.SESSION;
import static io.taskguard.adapter.token.TokenFixtures.T0;
import static io.taskguard.adapter.token.TokenFixtures.TIMELINE;
import static io.taskguard.adapter.token.TokenFixtures.verifier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.out.AccessToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.keys.EllipticCurves;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Operator-provided keys from {@code taskguard.keys.file} instead of the store. */
class JwkSetFileTest {

  @TempDir Path dir;

  @Test
  void theFirstPrivateKeySignsAndEveryKeyIsPublishedWithoutItsPrivatePart() throws Exception {
    RsaJsonWebKey current = rsa("current", 2048);
    RsaJsonWebKey retired = rsa("retired", 2048);
    Path file = write(jwks(current.toJson(OutputControlLevel.INCLUDE_PRIVATE), retired.toJson()));
    JoseTokenIssuer issuer = issuer(file);

    AccessToken token = issuer.issue(ADA, SESSION, T0);
    String published = issuer.publicKeySet(T0);

    assertEquals("current", kid(token));
    assertEquals(Set.of("current", "retired"), kids(published));
    assertFalse(published.contains("\"d\""), published);
    assertTrue(published.contains("\"alg\":\"RS256\""), published);
    verifier(published, T0).processToClaims(token.compact());
  }

  @Test
  void replacingTheFileRotatesAtTheNextRefreshAndRotationCommandsAreRefused() throws Exception {
    Path file = write(jwks(rsa("first", 2048).toJson(OutputControlLevel.INCLUDE_PRIVATE)));
    JoseTokenIssuer issuer = issuer(file);
    assertEquals("first", kid(issuer.issue(ADA, SESSION, T0)));

    Files.writeString(file, jwks(rsa("second", 2048).toJson(OutputControlLevel.INCLUDE_PRIVATE)));

    assertEquals("first", kid(issuer.issue(ADA, SESSION, T0.plusSeconds(1))));
    assertEquals("second", kid(issuer.issue(ADA, SESSION, T0.plus(TIMELINE.refresh()))));
    SigningKeys keys = SigningKeys.fromFile(file, TIMELINE);
    assertThrows(IllegalStateException.class, () -> keys.rotateNow(T0, "192.0.2.1"));
    assertThrows(IllegalStateException.class, () -> keys.withdraw("second", T0, "192.0.2.1"));
  }

  @Test
  void unusableFilesAreRefusedWithTheReason() throws Exception {
    String ec = EcJwkGenerator.generateJwk(EllipticCurves.P256).toJson();
    String weak = rsa("weak", 1024).toJson(OutputControlLevel.INCLUDE_PRIVATE);
    String publicOnly = rsa("public", 2048).toJson();

    assertRefused(write(jwks(ec)), "not an RSA key");
    assertRefused(write(jwks(weak)), "shorter than 2048 bits");
    assertRefused(write(jwks(publicOnly)), "no RSA key with its private part");
    assertRefused(write("not json"), "not a JWK Set");
    assertRefused(dir.resolve("missing.json"), "cannot read");
  }

  private void assertRefused(Path file, String reason) {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> issuer(file).issue(ADA, SESSION, T0));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }

  private static JoseTokenIssuer issuer(Path file) {
    return new JoseTokenIssuer(SigningKeys.fromFile(file, TIMELINE), ISSUER, AUDIENCE);
  }

  private static RsaJsonWebKey rsa(String kid, int bits) throws Exception {
    RsaJsonWebKey key = RsaJwkGenerator.generateJwk(bits);
    key.setKeyId(kid);
    return key;
  }

  private static String jwks(String... keys) {
    return "{\"keys\":[" + String.join(",", keys) + "]}";
  }

  private Path write(String content) throws Exception {
    return Files.writeString(Files.createTempFile(dir, "jwks", ".json"), content);
  }
}
