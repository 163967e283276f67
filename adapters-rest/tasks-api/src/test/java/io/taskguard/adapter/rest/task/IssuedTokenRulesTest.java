package io.taskguard.adapter.rest.task;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

class IssuedTokenRulesTest {

  static final TokenHeader OURS = new TokenHeader("JWT", "k");
  static final Long ISSUED_AT = 1_764_000_000L;
  static final String SENT = "a.b.c";

  @Test
  void acceptsABearerTokenOfTypeJwtWithAnIssuedAt() {
    assertTrue(IssuedTokenRules.followed("Bearer " + SENT, OURS, ISSUED_AT));
    assertTrue(IssuedTokenRules.followed("bearer " + SENT, OURS, ISSUED_AT));
    assertTrue(IssuedTokenRules.followed("BEARER " + SENT, OURS, ISSUED_AT));
    assertTrue(
        IssuedTokenRules.followed("Bearer " + SENT, OURS, Json.createValue(ISSUED_AT.longValue())));
  }

  @Test
  void refusesAnyOtherSchemeOrNone() {
    assertFalse(IssuedTokenRules.followed(SENT, OURS, ISSUED_AT));
    assertFalse(IssuedTokenRules.followed("Token " + SENT, OURS, ISSUED_AT));
    assertFalse(IssuedTokenRules.followed(null, OURS, ISSUED_AT));
  }

  @Test
  void refusesAnotherTypeOrNoneOrNoIssuedAtOrOneThatIsNoNumber() {
    assertFalse(
        IssuedTokenRules.followed("Bearer " + SENT, new TokenHeader("secevent+jwt", "k"), 1L));
    assertFalse(IssuedTokenRules.followed("Bearer " + SENT, new TokenHeader(null, "k"), 1L));
    assertFalse(IssuedTokenRules.followed("Bearer " + SENT, OURS, null));
    assertFalse(IssuedTokenRules.followed("Bearer " + SENT, OURS, "1764000000"));
  }
}
