package io.taskguard.application.service;

import io.taskguard.application.config.AccountSettings;
import io.taskguard.application.port.in.ClientInfo;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * What a person who just proved who they are gets: a session, or, while sign-in waits for a
 * verified address ({@link AccountSettings#requireVerifiedEmail()}), a link to verify it instead.
 */
@ApplicationScoped
public class Admission {

  private final AccountSettings accounts;
  private final VerificationMails verifications;
  private final SessionStarter sessions;

  /** For CDI's client proxy only. */
  protected Admission() {
    this(null, null, null);
  }

  @Inject
  public Admission(
      AccountSettings accounts, VerificationMails verifications, SessionStarter sessions) {
    this.accounts = accounts;
    this.verifications = verifications;
    this.sessions = sessions;
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
   * After a sign-in with the right password: a session.
   *
   * @throws IdentityFailure.EmailNotVerified while sign-in waits for the address to be verified (a
   *     new link is mailed)
   */
  SignedIn signedIn(User user, ClientInfo client, Instant now) {
    if (accounts.requireVerifiedEmail() && !user.emailVerified()) {
      verifications.send(user, null, now);
      throw new IdentityFailure.EmailNotVerified();
    }
    return sessions.start(user, client);
  }
}
