package io.taskguard.application.service;

import io.taskguard.application.port.in.ClientInfo;
import io.taskguard.application.port.in.SignInOutcome;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.SignInChallenges;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Opens a challenge for a sign-in that proved the password of an account with a second factor: a
 * random token for the client, only its hash in the shared store, alive for {@link #LIFETIME}.
 */
@ApplicationScoped
public class ChallengeIssuer {

  static final Duration LIFETIME = Duration.ofMinutes(10);

  /**
   * The second factors a challenge accepts, by Better Auth's names: the app's code, a mailed one.
   */
  static final List<String> METHODS = List.of("totp", "otp");

  private final SignInChallenges challenges;
  private final AuditLog audit;

  /** For CDI's client proxy only. */
  protected ChallengeIssuer() {
    this(null, null);
  }

  @Inject
  public ChallengeIssuer(SignInChallenges challenges, AuditLog audit) {
    this.challenges = challenges;
    this.audit = audit;
  }

  SignInOutcome.Challenge challenge(User user, ClientInfo client, Instant now) {
    String token = SessionTokens.newToken();
    Instant expiresAt = now.plus(LIFETIME);
    challenges.add(
        SessionTokens.hash(token), user.id(), now, expiresAt, client.address(), client.userAgent());
    audit.record(AuditLog.Event.TWO_FACTOR_CHALLENGED, user.id(), client.address(), now);
    return new SignInOutcome.Challenge(token, METHODS, expiresAt);
  }
}
