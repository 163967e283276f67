package io.taskguard.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a sign-in step: a session ({@link #signedIn()}), or, for an account with a second
 * factor, a challenge that the client must answer first. {@link #trustedDevice()} is the token a
 * trusted device keeps for its next sign-in (a new one at each use), when there is one.
 */
public record SignInOutcome(SignedIn signedIn, Challenge challenge, String trustedDevice) {

  /** A sign-in waiting for a second factor: the token the client answers it with, and how. */
  public record Challenge(String token, List<String> methods, Instant expiresAt) {

    public Challenge {
      Objects.requireNonNull(token, "token");
      methods = List.copyOf(methods);
    }

    @Override
    public String toString() {
      return "Challenge[methods=" + methods + "]";
    }
  }

  public static SignInOutcome opened(SignedIn signedIn, String trustedDevice) {
    return new SignInOutcome(Objects.requireNonNull(signedIn), null, trustedDevice);
  }

  public static SignInOutcome challenged(Challenge challenge) {
    return new SignInOutcome(null, Objects.requireNonNull(challenge), null);
  }

  /** Whether the client must answer a challenge before it has a session. */
  public boolean isChallenged() {
    return challenge != null;
  }

  @Override
  public String toString() {
    return isChallenged() ? "SignInOutcome[" + challenge + "]" : "SignInOutcome[" + signedIn + "]";
  }
}
