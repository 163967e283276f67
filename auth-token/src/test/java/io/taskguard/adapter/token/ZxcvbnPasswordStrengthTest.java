package io.taskguard.adapter.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.out.PasswordStrength.Estimate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZxcvbnPasswordStrengthTest {

  private final ZxcvbnPasswordStrength strength = new ZxcvbnPasswordStrength();

  @Test
  void commonPasswordsPatternsAndSequencesScoreLow() {
    for (String weak : List.of("12345678", "qwertyui", "a1b2c3d4", "aaaaaaab", "0123abcd")) {
      Estimate estimate = strength.estimate(weak, List.of());
      assertTrue(estimate.score() < 2, weak + " scored " + estimate.score());
    }
    assertFalse(strength.estimate("qwertyui", List.of()).warning().isEmpty(), "says why");
  }

  @Test
  void longPassphrasesAndRandomStringsScoreHigh() {
    assertEquals(4, strength.estimate("correct horse battery staple", List.of()).score());
    assertEquals(4, strength.estimate("orchard-5f1c0e7a-lantern", List.of()).score());
  }

  @Test
  void theAccountsOwnWordsCountAgainstIt() {
    String password = "Lovelace1815";
    int stranger = strength.estimate(password, List.of()).score();
    int own =
        strength
            .estimate(password, List.of("ada.lovelace@example.com", "Ada Lovelace", "Lovelace"))
            .score();
    assertTrue(own < stranger, own + " < " + stranger);
  }
}
