package io.taskguard.adapter.rest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicSiteTest {

  private final PublicSite site =
      PublicSite.of(
          "https://tasks.example.com/", "https://app.example.com:443, http://localhost:3000");

  @Test
  void trustsItsOwnOriginAndTheCorsOrigins() {
    assertEquals("https://tasks.example.com", site.base().toString());
    assertEquals(
        Set.of("https://tasks.example.com", "https://app.example.com", "http://localhost:3000"),
        site.trustedOrigins());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/reset?x=1",
        "/?view=reset-password#top",
        "https://tasks.example.com/anything",
        "HTTPS://TASKS.EXAMPLE.COM:443/x",
        "https://app.example.com/reset",
        "http://localhost:3000/verified?a=b"
      })
  void trustsPathsAndUrlsOnTrustedOrigins(String url) {
    assertTrue(site.trusts(url), url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "//evil.example/x",
        "/\\\\evil.example",
        "https://evil.example/reset",
        "https://tasks.example.com.evil.example/",
        "https://user@tasks.example.com/",
        "http://tasks.example.com/",
        "http://localhost:3001/",
        "javascript:alert(1)",
        "reset",
        "/a b",
        "/tab\there"
      })
  void refusesEverythingElse(String url) {
    assertFalse(site.trusts(url), url);
  }

  @Test
  void makesPathsAbsoluteAndAddsParametersBeforeTheFragment() {
    assertEquals("https://tasks.example.com/reset", site.absolute("/reset"));
    assertEquals("https://app.example.com/r", site.absolute("https://app.example.com/r"));
    assertEquals(
        "/v?error=INVALID_TOKEN", PublicSite.withParameter("/v", "error", "INVALID_TOKEN"));
    assertEquals("/v?a=1&token=a%2Bb#x", PublicSite.withParameter("/v?a=1#x", "token", "a+b"));
  }

  @Test
  void refusesABaseThatIsNotAnAbsoluteWebUrl() {
    assertThrows(IllegalArgumentException.class, () -> PublicSite.of("tasks.example.com", ""));
    assertThrows(IllegalArgumentException.class, () -> PublicSite.of("ftp://x.example", ""));
  }
}
