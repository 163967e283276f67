package io.taskguard.adapter.token;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import io.taskguard.application.port.out.PasswordStrength;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Password strength by zxcvbn4j, an offline port of Dropbox's zxcvbn: dictionaries of common
 * passwords, names and words, keyboard patterns, sequences, repeats and dates, with the account's
 * own words added. Its dictionaries are read once, on the first estimate.
 */
@ApplicationScoped
public class ZxcvbnPasswordStrength implements PasswordStrength {

  private static final class Holder {
    static final Zxcvbn ESTIMATOR = new Zxcvbn();
  }

  @Override
  public Estimate estimate(String password, List<String> accountWords) {
    Strength strength = Holder.ESTIMATOR.measure(password, accountWords);
    Feedback feedback = strength.getFeedback();
    String warning = feedback.getWarning();
    return new Estimate(
        strength.getScore(),
        warning == null ? "" : warning,
        feedback.getSuggestions() == null ? List.of() : feedback.getSuggestions());
  }
}
