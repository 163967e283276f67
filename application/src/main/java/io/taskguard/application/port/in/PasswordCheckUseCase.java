package io.taskguard.application.port.in;

import io.taskguard.domain.user.IdentityFailure;
import java.util.List;
import java.util.Optional;

/**
 * The server's own verdict on a password before it is sent to be set, so a page can show it while
 * the person types: every rule sign-up, a password change and a reset apply, and the strength.
 */
public interface PasswordCheckUseCase {

  /**
   * @param refusedBy the first rule the password breaks, empty when it would be accepted
   * @param score the estimator's 0 to 4
   * @param minimumScore the lowest score accepted
   * @param warning what makes it weak, or empty
   * @param suggestions how to make it stronger
   */
  record Verdict(
      Optional<IdentityFailure.WeakPassword.Rule> refusedBy,
      int score,
      int minimumScore,
      String warning,
      List<String> suggestions) {

    public boolean acceptable() {
      return refusedBy.isEmpty();
    }
  }

  /**
   * The verdict for {@code password} of an account with {@code email} and {@code name}, if known.
   */
  Verdict check(String password, String email, String name);
}
