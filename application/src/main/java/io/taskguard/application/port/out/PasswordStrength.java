package io.taskguard.application.port.out;

import java.util.List;

/** An offline estimate of how soon a password is guessed. */
public interface PasswordStrength {

  /**
   * How strong a password is.
   *
   * @param score 0 (guessed within a thousand tries) to 4 (beyond ten billion)
   * @param warning what makes it weak, or empty
   * @param suggestions how to make it stronger, possibly none
   */
  record Estimate(int score, String warning, List<String> suggestions) {

    public Estimate {
      suggestions = List.copyOf(suggestions);
    }
  }

  /**
   * The estimate for {@code password}, with words of the account's own that a guesser tries first.
   */
  Estimate estimate(String password, List<String> accountWords);
}
