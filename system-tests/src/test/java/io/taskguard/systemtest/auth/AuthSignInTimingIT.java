package io.taskguard.systemtest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.HttpResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sign-in failures do not tell an unknown email from a wrong password by the time they take: when
 * there is no such account the server verifies a dummy hash with today's parameters (spec D-9).
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class AuthSignInTimingIT {

  final AuthApi auth = new AuthApi();

  /**
   * The same hashing work either way (spec D-9): the median time of an unknown-email failure and of
   * a wrong-password failure differ by less than 60% of the larger. Attempts alternate, each from a
   * fresh address (so throttling never answers instead), after a warm-up of both paths.
   */
  @Test
  void anUnknownEmailTakesAboutAsLongAsAWrongPassword() {
    AuthApi.Account account = auth.newAccount("Timing");
    List<Long> wrong = new ArrayList<>();
    List<Long> unknown = new ArrayList<>();
    for (int round = -1; round < 7; round++) {
      long w = timeFailure(account.email(), account.password() + "?");
      long u = timeFailure(AuthApi.newEmail("ghost"), account.password());
      if (round >= 0) {
        wrong.add(w);
        unknown.add(u);
      }
    }
    long medianWrong = median(wrong);
    long medianUnknown = median(unknown);
    System.out.printf(
        "[sign-in timing] wrong password median %d ms %s, unknown email median %d ms %s%n",
        medianWrong / 1_000_000, millis(wrong), medianUnknown / 1_000_000, millis(unknown));
    long larger = Math.max(medianWrong, medianUnknown);
    assertTrue(
        Math.abs(medianWrong - medianUnknown) < 0.6 * larger,
        () -> "wrong " + millis(wrong) + " vs unknown " + millis(unknown));
  }

  private long timeFailure(String email, String password) {
    String address = AuthApi.newAddress();
    long start = System.nanoTime();
    HttpResult answer = auth.signIn(email, password, address);
    long took = System.nanoTime() - start;
    assertEquals(401, answer.status(), answer::toString);
    return took;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static List<Long> millis(List<Long> nanos) {
    return nanos.stream().map(n -> n / 1_000_000).toList();
  }
}
