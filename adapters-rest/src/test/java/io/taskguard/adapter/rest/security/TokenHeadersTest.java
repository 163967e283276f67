package io.taskguard.adapter.rest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenHeadersTest {

  private static String part(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheKid() {
    String token = part("{\"alg\":\"RS256\",\"kid\":\"k-1\",\"typ\":\"JWT\"}") + ".e30.c2ln";
    assertEquals("k-1", TokenHeaders.kid(token));
  }

  @Test
  void answersNullForAnythingElse() {
    assertNull(TokenHeaders.kid(null));
    assertNull(TokenHeaders.kid("no-dots"));
    assertNull(TokenHeaders.kid(".e30.sig"));
    assertNull(TokenHeaders.kid(part("{\"alg\":\"RS256\"}") + ".e30.sig"));
    assertNull(TokenHeaders.kid(part("{\"kid\":7}") + ".e30.sig"));
    assertNull(TokenHeaders.kid("!!!." + "e30.sig"));
    assertNull(TokenHeaders.kid(part("[1,2]") + ".e30.sig"));
  }
}
