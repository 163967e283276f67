package io.taskguard.application.service;

import io.taskguard.application.port.in.ChangeEmailUseCase;
import io.taskguard.application.port.in.ClientInfo;
import io.taskguard.application.port.in.SendVerificationEmailUseCase;
import io.taskguard.application.port.in.VerifyEmailUseCase;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.SessionRepository;
import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.user.AccountToken;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.TokenPurpose;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Email verification and email change. An anonymous request answers the same whether or not the
 * address is an account's; a change to an address another account has mails nothing and says
 * nothing. A verification token works once; an email change happens only when the link sent to the
 * new address is used, and then the new address counts as verified (it just proved it).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = IdentityFailure.class)
public class EmailService
    implements SendVerificationEmailUseCase, VerifyEmailUseCase, ChangeEmailUseCase {

  private final UserRepository users;
  private final SessionRepository sessions;
  private final MailedTokens tokens;
  private final MailQuota quota;
  private final VerificationMails verifications;
  private final AuditLog audit;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected EmailService() {
    this(null, null, null, null, null, null, null);
  }

  @Inject
  public EmailService(
      UserRepository users,
      SessionRepository sessions,
      MailedTokens tokens,
      MailQuota quota,
      VerificationMails verifications,
      AuditLog audit,
      Clock clock) {
    this.users = users;
    this.sessions = sessions;
    this.tokens = tokens;
    this.quota = quota;
    this.verifications = verifications;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Optional<SendVerificationEmailUseCase.Outcome> sendVerification(
      SendVerificationEmailUseCase.Command request) {
    Instant now = clock.instant();
    Email email = new Email(request.email());
    Optional<User> signedIn =
        request.sessionToken().flatMap(token -> live(token, now)).map(s -> s.user());
    if (signedIn.isPresent()) {
      if (!signedIn.get().email().equals(email)) {
        throw new IdentityFailure.EmailMismatch();
      }
      if (signedIn.get().emailVerified()) {
        throw new IdentityFailure.EmailAlreadyVerified();
      }
    }
    quota.admitClient(request.client(), now);
    Optional<User> user =
        signedIn.or(() -> users.findByEmail(email).map(account -> account.user()));
    if (user.isEmpty() || user.get().emailVerified()) {
      return Optional.empty();
    }
    audit.record(
        AuditLog.Event.VERIFICATION_REQUESTED, user.get().id(), request.client().address(), now);
    Optional<Duration> heldBack = verifications.send(user.get(), request.callback(), now);
    return signedIn.map(own -> new SendVerificationEmailUseCase.Outcome(heldBack));
  }

  @Override
  public Verified verify(String token, ClientInfo client) {
    Instant now = clock.instant();
    AccountToken used =
        tokens.usable(token, now, TokenPurpose.VERIFY_EMAIL, TokenPurpose.CHANGE_EMAIL);
    User user =
        users
            .findById(used.userId())
            .orElseThrow(() -> new IdentityFailure.InvalidToken(used.purpose()));
    if (used.purpose() == TokenPurpose.VERIFY_EMAIL) {
      if (!used.email().equals(user.email())) {
        throw new IdentityFailure.InvalidToken(used.purpose());
      }
      tokens.use(used, now);
      users.markEmailVerified(user.id(), now);
      audit.record(AuditLog.Event.EMAIL_VERIFIED, user.id(), client.address(), now);
      return new Verified(Optional.empty());
    }
    tokens.use(used, now);
    users.changeEmail(user.id(), used.email(), now);
    tokens.retireAll(user, TokenPurpose.VERIFY_EMAIL, now);
    tokens.retireAll(user, TokenPurpose.RESET_PASSWORD, now);
    audit.record(AuditLog.Event.EMAIL_CHANGED, user.id(), client.address(), now);
    return new Verified(users.findById(user.id()));
  }

  @Override
  public void change(ChangeEmailUseCase.Command request) {
    Instant now = clock.instant();
    User user = Sessions.live(sessions, request.sessionToken(), now).user();
    Email newEmail = new Email(request.newEmail());
    if (newEmail.equals(user.email())) {
      throw new IdentityFailure.EmailUnchanged();
    }
    quota.admitClient(request.client(), now);
    audit.record(AuditLog.Event.EMAIL_CHANGE_REQUESTED, user.id(), request.client().address(), now);
    if (users.findByEmail(newEmail).isEmpty()) {
      verifications.sendEmailChange(user, newEmail, request.callback(), now);
    }
  }

  private Optional<SessionRepository.SessionOfUser> live(String sessionToken, Instant now) {
    try {
      return Optional.of(Sessions.live(sessions, sessionToken, now));
    } catch (IdentityFailure.NotAuthenticated none) {
      return Optional.empty();
    }
  }
}
