package io.taskguard.adapter.rest.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenShapeTest {

  private static final String CLAIMS = part("{\"sub\":\"u\",\"iat\":1764000000}");

  private static String part(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String token(String header, String payload) {
    return part(header) + "." + payload + ".c2ln";
  }

  @Test
  void readsTypKidAndIssuedAtInOnePass() {
    TokenShape shape =
        TokenShape.of(token("{\"alg\":\"RS256\",\"kid\":\"k-1\",\"typ\":\"JWT\"}", CLAIMS));

    assertEquals("JWT", shape.typ());
    assertEquals("k-1", shape.kid());
    assertTrue(shape.hasIssuedAt());
  }

  @Test
  void issuedAtMustBeANumber() {
    String header = "{\"alg\":\"RS256\",\"kid\":\"k\",\"typ\":\"JWT\"}";

    assertFalse(TokenShape.of(token(header, part("{\"sub\":\"u\"}"))).hasIssuedAt());
    assertFalse(TokenShape.of(token(header, part("{\"iat\":\"1764000000\"}"))).hasIssuedAt());
    assertFalse(TokenShape.of(token(header, part("{\"a\":{\"iat\":1}}"))).hasIssuedAt());
    assertFalse(TokenShape.of(token(header, part("[1]"))).hasIssuedAt());
    assertFalse(TokenShape.of(token(header, "!!!")).hasIssuedAt());
    assertEquals("k", TokenShape.of(token(header, "!!!")).kid());
  }

  @Test
  void headerFieldsThatAreNotStringsReadAsNull() {
    TokenShape shape = TokenShape.of(token("{\"kid\":7,\"typ\":[\"JWT\"]}", CLAIMS));

    assertNull(shape.kid());
    assertNull(shape.typ());
    assertTrue(shape.hasIssuedAt());
  }

  @Test
  void anythingButACompactJwsReadsAsNothing() {
    String header = part("{\"alg\":\"RS256\",\"kid\":\"k\",\"typ\":\"JWT\"}");
    for (String notOne :
        new String[] {
          null,
          "",
          "no-dots",
          header + "." + CLAIMS,
          "." + CLAIMS + ".sig",
          header + "..sig",
          header + "." + CLAIMS + ".sig.extra",
          "!!!." + CLAIMS + ".sig",
          part("[1,2]") + "." + CLAIMS + ".sig"
        }) {
      TokenShape shape = TokenShape.of(notOne);
      assertNull(shape.kid(), String.valueOf(notOne));
      assertNull(shape.typ(), String.valueOf(notOne));
      assertFalse(shape.hasIssuedAt(), String.valueOf(notOne));
    }
  }
}
