package io.taskguard.adapter.rest.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CorsPolicyTest {

  @Test
  void noListMeansNoCrossOriginAccess() {
    assertFalse(CorsPolicy.parse(null).isEnabled());
    assertFalse(CorsPolicy.parse(" , ").isEnabled());
    assertFalse(CorsPolicy.parse("").allows("https://app.example.com"));
  }

  @Test
  void originsMatchExactlyIgnoringCaseAndATrailingSlash() {
    CorsPolicy policy = CorsPolicy.parse("https://app.example.com, http://localhost:5173/");
    assertTrue(policy.isEnabled());
    assertTrue(policy.allows("https://app.example.com"));
    assertTrue(policy.allows("HTTPS://APP.example.com"));
    assertTrue(policy.allows("http://localhost:5173"));
    assertFalse(policy.allows("http://app.example.com"));
    assertFalse(policy.allows("https://app.example.com:8443"));
    assertFalse(policy.allows("https://app.example.com.evil.test"));
    assertFalse(policy.allows("null"));
    assertFalse(policy.allows(null));
  }
}
