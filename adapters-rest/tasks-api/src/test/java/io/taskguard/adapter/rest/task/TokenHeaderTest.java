package io.taskguard.adapter.rest.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenHeaderTest {

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
  void readsTypAndKid() {
    TokenHeader header =
        TokenHeader.of(token("{\"alg\":\"RS256\",\"kid\":\"k-1\",\"typ\":\"JWT\"}", CLAIMS));

    assertEquals("JWT", header.typ());
    assertEquals("k-1", header.kid());
  }

  @Test
  void theClaimsAreNotItsConcern() {
    String header = "{\"alg\":\"RS256\",\"kid\":\"k\",\"typ\":\"JWT\"}";

    assertEquals(new TokenHeader("JWT", "k"), TokenHeader.of(token(header, "!!!")));
    assertEquals(new TokenHeader("JWT", "k"), TokenHeader.of(token(header, part("[1]"))));
  }

  @Test
  void headerFieldsThatAreNotStringsReadAsNull() {
    TokenHeader header = TokenHeader.of(token("{\"kid\":7,\"typ\":[\"JWT\"]}", CLAIMS));

    assertNull(header.kid());
    assertNull(header.typ());
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
      assertEquals(TokenHeader.NONE, TokenHeader.of(notOne), String.valueOf(notOne));
    }
  }
}
