package io.taskguard.adapter.rest.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class IssuedTokenRulesTest {

  private static String token(String header) {
    return Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(header.getBytes(StandardCharsets.UTF_8))
        + ".eyJpYXQiOjF9.c2ln";
  }

  static final TokenShape OURS =
      TokenShape.of(token("{\"alg\":\"RS256\",\"kid\":\"k\",\"typ\":\"JWT\"}"));
  static final String SENT = "a.b.c";

  @Test
  void acceptsABearerTokenOfTypeJwtWithAnIssuedAt() {
    assertTrue(IssuedTokenRules.followed("Bearer " + SENT, OURS));
    assertTrue(IssuedTokenRules.followed("bearer " + SENT, OURS));
    assertTrue(IssuedTokenRules.followed("BEARER " + SENT, OURS));
  }

  @Test
  void refusesAnyOtherSchemeOrNone() {
    assertFalse(IssuedTokenRules.followed(SENT, OURS));
    assertFalse(IssuedTokenRules.followed("Token " + SENT, OURS));
    assertFalse(IssuedTokenRules.followed(null, OURS));
  }

  @Test
  void refusesAnotherTypeOrNoneOrNoIssuedAt() {
    TokenShape other = TokenShape.of(token("{\"alg\":\"RS256\",\"typ\":\"secevent+jwt\"}"));
    TokenShape untyped = TokenShape.of(token("{\"alg\":\"RS256\"}"));
    TokenShape noIssuedAt = new TokenShape("JWT", "k", false);
    assertFalse(IssuedTokenRules.followed("Bearer " + SENT, other));
    assertFalse(IssuedTokenRules.followed("Bearer " + SENT, untyped));
    assertFalse(IssuedTokenRules.followed("Bearer " + SENT, noIssuedAt));
  }

  @Test
  void onlyBearerWithOneSpaceBeforeAJwsIsLeftToMpJwt() {
    String jws = "eyJhbGciOiJSUzI1NiJ9.e30.c2ln";
    assertTrue(IssuedTokenRules.isJudgedByMpJwt("Bearer " + jws));
    assertFalse(IssuedTokenRules.isJudgedByMpJwt("Bearer "));
    assertFalse(IssuedTokenRules.isJudgedByMpJwt("Bearer " + SENT));
    assertFalse(IssuedTokenRules.isJudgedByMpJwt("bearer " + jws));
    assertFalse(IssuedTokenRules.isJudgedByMpJwt("BEARER " + jws));
    assertFalse(IssuedTokenRules.isJudgedByMpJwt("Bearer  " + jws));
    assertFalse(IssuedTokenRules.isJudgedByMpJwt(jws));
    assertFalse(IssuedTokenRules.isJudgedByMpJwt(null));
  }

  @Test
  void theCredentialFollowsTheSchemeAndItsSpaces() {
    assertEquals(SENT, IssuedTokenRules.credential("bearer " + SENT));
    assertEquals(SENT, IssuedTokenRules.credential("Bearer    " + SENT));
    assertEquals("", IssuedTokenRules.credential("BEARER "));
  }

  @Test
  void readsTheTokenMpJwtReads() {
    String jws = "eyJhbGciOiJSUzI1NiJ9.e30.c2ln";
    assertEquals(jws, IssuedTokenRules.mpJwtCredential("Bearer " + jws));
    assertEquals(jws + "!!", IssuedTokenRules.mpJwtCredential("Bearer " + jws + "!! "));
    assertEquals(jws, IssuedTokenRules.mpJwtCredential("bEaReR   " + jws));
    assertEquals("Token Bearer " + jws, IssuedTokenRules.mpJwtCredential("Token Bearer " + jws));
  }
}
