package io.taskguard.adapter.rest.security;

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
        + ".e30.c2ln";
  }

  static final String OURS = token("{\"alg\":\"RS256\",\"kid\":\"k\",\"typ\":\"JWT\"}");

  @Test
  void acceptsABearerTokenOfTypeJwtWithAnIssuedAt() {
    assertTrue(IssuedTokenRules.followed("Bearer " + OURS, OURS, true));
    assertTrue(IssuedTokenRules.followed("bearer " + OURS, OURS, true));
  }

  @Test
  void refusesAnyOtherSchemeOrNone() {
    assertFalse(IssuedTokenRules.followed(OURS, OURS, true));
    assertFalse(IssuedTokenRules.followed("Token " + OURS, OURS, true));
    assertFalse(IssuedTokenRules.followed(null, OURS, true));
  }

  @Test
  void refusesAnotherTypeOrNoneOrNoIssuedAt() {
    String other = token("{\"alg\":\"RS256\",\"typ\":\"secevent+jwt\"}");
    String untyped = token("{\"alg\":\"RS256\"}");
    assertFalse(IssuedTokenRules.followed("Bearer " + other, other, true));
    assertFalse(IssuedTokenRules.followed("Bearer " + untyped, untyped, true));
    assertFalse(IssuedTokenRules.followed("Bearer " + OURS, OURS, false));
  }
}
