package io.taskguard.systemtest.microshed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jaxrs.RESTClient;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * MicroShed Testing against the server the build started (manual environment: no containers), via a
 * typed JAX-RS client proxy.
 */
@MicroShedTest
public class StartedServerMicroShedIT {

  @RESTClient public static AuthProbeApi auth;

  @Test
  void answersOk() {
    assertEquals(true, read(auth.ok()).getBoolean("ok"));
  }

  @Test
  void publishesAtLeastOneRs256Key() {
    JsonArray keys = read(auth.jwks()).getJsonArray("keys");
    assertTrue(keys.size() >= 1, "keys: " + keys);
    JsonObject key = keys.getJsonObject(0);
    assertEquals("RSA", key.getString("kty"));
    assertEquals("RS256", key.getString("alg"));
    assertTrue(key.getString("kid").length() > 0);
    assertTrue(!key.containsKey("d"), "a private part was published");
  }

  private static JsonObject read(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
