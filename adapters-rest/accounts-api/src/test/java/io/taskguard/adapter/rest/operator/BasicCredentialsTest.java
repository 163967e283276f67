package io.taskguard.adapter.rest.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BasicCredentialsTest {

  private static String basic(String userAndPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void splitsAtTheFirstColonSoPasswordsMayContainColons() {
    assertEquals(
        Optional.of(new BasicCredentials("ops", "pa:ss:word")),
        BasicCredentials.parse(basic("ops:pa:ss:word")));
  }

  @Test
  void readsUtf8AndAnyCaseOfTheScheme() {
    String header = basic("opérateur:mot de passe").replace("Basic", "bAsIc");
    assertEquals(
        Optional.of(new BasicCredentials("opérateur", "mot de passe")),
        BasicCredentials.parse(header));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"Basic", "Basic ", "Bearer abc", "Basic !!notbase64!!", "Basicb3BzOng="})
  void refusesWhatIsNotBasic(String header) {
    assertTrue(BasicCredentials.parse(header).isEmpty());
  }

  @Test
  void refusesCredentialsWithoutAColon() {
    assertTrue(BasicCredentials.parse(basic("opsonly")).isEmpty());
  }

  @Test
  void neverShowsThePassword() {
    assertFalse(new BasicCredentials("ops", "hunter2").toString().contains("hunter2"));
  }
}
