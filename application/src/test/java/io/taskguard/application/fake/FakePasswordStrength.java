package io.taskguard.application.fake;

import io.taskguard.application.port.out.PasswordStrength;
import java.util.List;
import java.util.Locale;

/**
 * A {@link PasswordStrength} with a rule a test can see: a password containing {@code "guessable"}
 * or one of the account's words of four or more characters scores 1, anything else 4. The words
 * each call was given are kept.
 */
public class FakePasswordStrength implements PasswordStrength {

  private volatile List<String> lastAccountWords = List.of();

  @Override
  public Estimate estimate(String password, List<String> accountWords) {
    lastAccountWords = List.copyOf(accountWords);
    String lowered = password.toLowerCase(Locale.ROOT);
    boolean weak =
        lowered.contains("guessable")
            || accountWords.stream()
                .filter(w -> w.length() >= 4)
                .anyMatch(w -> lowered.contains(w.toLowerCase(Locale.ROOT)));
    return weak
        ? new Estimate(1, "Easy to guess", List.of("Add another word or two."))
        : new Estimate(4, "", List.of());
  }

  public List<String> lastAccountWords() {
    return lastAccountWords;
  }
}
