package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SigningKeysServiceTest extends IdentityFixture {

  private final SigningKeysService service = new SigningKeysService(tokens, clock);

  @Test
  void publishesTheKeysPublishedNow() {
    tokens.publish("kid-old", START.plus(Duration.ofMinutes(10)));
    tokens.publish("kid-new", START.plus(Duration.ofDays(1)));

    assertEquals(
        "{\"keys\":[{\"kid\":\"kid-new\"},{\"kid\":\"kid-old\"}]}", service.publicKeySet());
    clock.advance(Duration.ofMinutes(10));
    assertEquals("{\"keys\":[{\"kid\":\"kid-new\"}]}", service.publicKeySet());
  }

  @Test
  void trustsAKeyOnlyWhileItIsPublished() {
    tokens.publish("kid-a", START.plus(Duration.ofMinutes(10)));

    assertTrue(service.isTrusted("kid-a"));
    assertFalse(service.isTrusted("kid-b"));
    assertFalse(service.isTrusted(null));
    clock.advance(Duration.ofMinutes(10));
    assertFalse(service.isTrusted("kid-a"));
  }
}
