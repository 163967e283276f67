package io.taskguard.application.service;

import io.taskguard.application.port.in.ClientInfo;
import io.taskguard.application.port.out.AccountMailer;
import io.taskguard.application.port.out.SignInChallenges;
import io.taskguard.application.port.out.SignInChallenges.Challenge;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

/**
 * Six-digit sign-in codes mailed to the account of a challenged sign-in, alive for {@link
 * #LIFETIME}, kept with the challenge only as a hash. How often they are sent is limited as every
 * mail of an account is ({@link MailQuota}); guesses count against the challenge like any code.
 */
@ApplicationScoped
public class MailedCodes {

  static final Duration LIFETIME = Duration.ofMinutes(3);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SignInChallenges challenges;
  private final MailQuota quota;
  private final AccountMailer mailer;

  /** For CDI's client proxy only. */
  protected MailedCodes() {
    this(null, null, null);
  }

  @Inject
  public MailedCodes(SignInChallenges challenges, MailQuota quota, AccountMailer mailer) {
    this.challenges = challenges;
    this.quota = quota;
    this.mailer = mailer;
  }

  /**
   * Mails a new code for {@code challenge}.
   *
   * @throws IdentityFailure.Throttled when the address, or the account, has had too many mails
   */
  void send(Challenge challenge, User user, ClientInfo client, Instant now) {
    quota.admitClient(client, now);
    if (!quota.allowsMailTo(user.email(), now)) {
      throw new IdentityFailure.Throttled(quota.accountWait());
    }
    String code = String.format("%06d", RANDOM.nextInt(1_000_000));
    challenges.mailedCode(challenge.id(), SessionTokens.hash(code), now.plus(LIFETIME));
    mailer.signInCode(user, code, now);
  }

  /**
   * Whether {@code code} is the code mailed for {@code challenge}.
   *
   * @throws IdentityFailure.CodeExpired when no code was mailed, or its time has passed
   */
  boolean matches(Challenge challenge, String code, Instant now) {
    if (challenge.mailedCodeHash() == null || !challenge.mailedCodeExpiresAt().isAfter(now)) {
      throw new IdentityFailure.CodeExpired();
    }
    byte[] offered = code == null ? null : SessionTokens.hash(code.strip());
    return offered != null && MessageDigest.isEqual(offered, challenge.mailedCodeHash());
  }
}
