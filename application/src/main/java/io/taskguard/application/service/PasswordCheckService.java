package io.taskguard.application.service;

import io.taskguard.application.port.in.PasswordCheckUseCase;
import io.taskguard.application.port.out.PasswordStrength;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.PasswordPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The password rules: the domain's {@link PasswordPolicy} (length, not the email, not one of the
 * most common), then a strength of at least {@link #MINIMUM_SCORE}, estimated with the account's
 * email and name as words a guesser tries first. Sign-up, a password change and a reset {@link
 * #require} them; a page asks for the same {@link #check verdict} while the person types.
 */
@ApplicationScoped
public class PasswordCheckService implements PasswordCheckUseCase {

  /** The lowest accepted score: not guessed within a million tries (zxcvbn's scale). */
  public static final int MINIMUM_SCORE = 2;

  private final PasswordStrength strength;

  /** For CDI's client proxy only. */
  protected PasswordCheckService() {
    this(null);
  }

  @Inject
  public PasswordCheckService(PasswordStrength strength) {
    this.strength = strength;
  }

  /**
   * Checks {@code password} for an account with {@code email} (null when not yet known) and {@code
   * name} (null when none).
   *
   * @throws IdentityFailure.WeakPassword naming the first rule it breaks
   */
  public void require(String password, Email email, String name) {
    Optional<IdentityFailure.WeakPassword.Rule> refused =
        verdict(password, email, name).refusedBy();
    if (refused.isPresent()) {
      throw new IdentityFailure.WeakPassword(refused.get());
    }
  }

  @Override
  public Verdict check(String password, String email, String name) {
    return verdict(password, parsed(email), name);
  }

  /**
   * The one judgement both {@link #require} and {@link #check} give: the policy, then the score.
   */
  private Verdict verdict(String password, Email account, String name) {
    String checked = password == null ? "" : password;
    PasswordStrength.Estimate estimate =
        checked.isEmpty()
            ? new PasswordStrength.Estimate(0, "", List.of())
            : strength.estimate(
                checked.substring(0, Math.min(checked.length(), PasswordPolicy.MAX_LENGTH)),
                accountWords(account, name));
    Optional<IdentityFailure.WeakPassword.Rule> refusedBy;
    try {
      PasswordPolicy.standard().check(checked, account);
      refusedBy =
          estimate.score() < MINIMUM_SCORE
              ? Optional.of(IdentityFailure.WeakPassword.Rule.TOO_GUESSABLE)
              : Optional.empty();
    } catch (IdentityFailure.WeakPassword weak) {
      refusedBy = Optional.of(weak.rule());
    }
    return new Verdict(
        refusedBy, estimate.score(), MINIMUM_SCORE, estimate.warning(), estimate.suggestions());
  }

  private static Email parsed(String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    try {
      return new Email(email);
    } catch (IdentityFailure notAnEmail) {
      return null;
    }
  }

  /** The email, its local part and the name's words: what a guesser who knows the account tries. */
  private static List<String> accountWords(Email email, String name) {
    List<String> words = new ArrayList<>();
    if (email != null) {
      words.add(email.value());
      words.add(email.value().substring(0, email.value().indexOf('@')));
    }
    if (name != null && !name.isBlank()) {
      words.add(name.strip());
      for (String word : name.strip().split("\\s+")) {
        words.add(word);
      }
    }
    return words;
  }
}
