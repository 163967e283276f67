package io.taskguard.application.service;

import io.taskguard.application.config.AccountSettings;
import io.taskguard.application.port.in.ClientInfo;
import io.taskguard.application.port.in.SignInOutcome;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * What a person who just proved who they are gets: a session; while sign-in waits for a verified
 * address ({@link AccountSettings#requireVerifiedEmail()}), a link to verify it instead; and for an
 * account with a second factor, a challenge, unless the device is one the account trusts.
 */
@ApplicationScoped
public class Admission {

  private final AccountSettings accounts;
  private final VerificationMails verifications;
  private final SessionStarter sessions;
  private final ChallengeIssuer challenges;
  private final DeviceTrust devices;
  private final AuditLog audit;

  /** For CDI's client proxy only. */
  protected Admission() {
    this(null, null, null, null, null, null);
  }

  @Inject
  public Admission(
      AccountSettings accounts,
      VerificationMails verifications,
      SessionStarter sessions,
      ChallengeIssuer challenges,
      DeviceTrust devices,
      AuditLog audit) {
    this.accounts = accounts;
    this.verifications = verifications;
    this.sessions = sessions;
    this.challenges = challenges;
    this.devices = devices;
    this.audit = audit;
  }

  /** After sign-up: the verification link (unless turned off), and a session unless it waits. */
  SignedIn signedUp(User user, ClientInfo client, Instant now) {
    if (accounts.verifyOnSignUp() || accounts.requireVerifiedEmail()) {
      verifications.send(user, null, now);
    }
    if (accounts.requireVerifiedEmail()) {
      return SignedIn.awaitingVerification(user);
    }
    return sessions.start(user, client);
  }

  /**
   * After a sign-in that proved both factors at once (a passkey with user verification): a session,
   * unless sign-in waits for a verified address.
   *
   * @throws IdentityFailure.EmailNotVerified as {@link #signedIn}
   */
  SignedIn provedBothFactors(User user, ClientInfo client, Instant now) {
    requireVerifiedEmail(user, now);
    return sessions.start(user, client, true);
  }

  private void requireVerifiedEmail(User user, Instant now) {
    if (accounts.requireVerifiedEmail() && !user.emailVerified()) {
      verifications.send(user, null, now);
      throw new IdentityFailure.EmailNotVerified();
    }
  }

  /**
   * After a sign-in with the right password: a session, or a challenge for the second factor unless
   * {@code trustedDevice} proves a device the account trusts (which gets a new token).
   *
   * @throws IdentityFailure.EmailNotVerified while sign-in waits for the address to be verified (a
   *     new link is mailed)
   */
  SignInOutcome signedIn(User user, String trustedDevice, ClientInfo client, Instant now) {
    requireVerifiedEmail(user, now);
    if (!user.twoFactorEnabled()) {
      return SignInOutcome.opened(sessions.start(user, client), null);
    }
    Optional<String> trusted =
        trustedDevice == null ? Optional.empty() : devices.use(user, trustedDevice, client, now);
    if (trusted.isEmpty()) {
      return SignInOutcome.challenged(challenges.challenge(user, client, now));
    }
    audit.record(AuditLog.Event.TWO_FACTOR_PASSED, user.id(), client.address(), now);
    return SignInOutcome.opened(sessions.start(user, client), trusted.get());
  }
}
