package io.taskguard.application.service;

import io.taskguard.application.port.in.ClientInfo;
import io.taskguard.application.port.in.ConfirmTotpUseCase;
import io.taskguard.application.port.in.EnableTwoFactorUseCase;
import io.taskguard.application.port.in.PasswordConfirmedCommand;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.application.port.in.TotpUriUseCase;
import io.taskguard.application.port.out.AccountMailer;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.SecondFactorStore;
import io.taskguard.application.port.out.SessionRepository;
import io.taskguard.application.port.out.SessionRepository.SessionOfUser;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Enrolment in TOTP two-factor. {@code enable} stores a new secret and backup codes as waiting;
 * they replace the confirmed ones (if any) only when a code of the new secret confirms them, so
 * calling it again never weakens an account. Confirming turns two-factor on, replaces the caller's
 * session with a new one, and is audited and mailed to the account's address. A password that
 * confirms enrolment is checked outside any transaction ({@link DatabaseScopes}).
 */
@ApplicationScoped
public class TwoFactorService
    implements EnableTwoFactorUseCase, TotpUriUseCase, ConfirmTotpUseCase {

  static final String DEFAULT_ISSUER = "taskguard";
  private static final int MAX_ISSUER = 64;

  private final SessionRepository sessions;
  private final PasswordConfirmation confirmation;
  private final SecondFactors factors;
  private final SecondFactorStore store;
  private final SecondFactorThrottle throttle;
  private final SessionRotation rotation;
  private final StepUp stepUp;
  private final AuditLog audit;
  private final AccountMailer mailer;
  private final DatabaseScopes scopes;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected TwoFactorService() {
    this(null, null, null, null, null, null, null, null, null, null, null);
  }

  @Inject
  public TwoFactorService(
      SessionRepository sessions,
      PasswordConfirmation confirmation,
      SecondFactors factors,
      SecondFactorStore store,
      SecondFactorThrottle throttle,
      SessionRotation rotation,
      StepUp stepUp,
      AuditLog audit,
      AccountMailer mailer,
      DatabaseScopes scopes,
      Clock clock) {
    this.sessions = sessions;
    this.confirmation = confirmation;
    this.factors = factors;
    this.store = store;
    this.throttle = throttle;
    this.rotation = rotation;
    this.stepUp = stepUp;
    this.audit = audit;
    this.mailer = mailer;
    this.scopes = scopes;
    this.clock = clock;
  }

  @Override
  public Enrolment enable(EnableTwoFactorUseCase.Command command) {
    Instant now = clock.instant();
    String issuer = issuer(command.issuer());
    SessionOfUser current = scopes.read(() -> Sessions.live(sessions, command.sessionToken(), now));
    User user = current.user();
    confirmation.confirmOrSteppedUp(current, command.password(), command.client(), now);
    SecondFactors.NewSecret secret = factors.newSecret(user.id(), issuer, user.email().value());
    BackupCodes.NewSet codes = BackupCodes.generate();
    scopes.write(() -> store.savePending(user.id(), secret.sealed(), codes.hashes(), now));
    return new Enrolment(secret.uri(), codes.codes());
  }

  @Override
  public String totpUri(PasswordConfirmedCommand command) {
    Instant now = clock.instant();
    SessionOfUser current = scopes.read(() -> Sessions.live(sessions, command.sessionToken(), now));
    User user = current.user();
    confirmation.confirmOrSteppedUp(current, command.password(), command.client(), now);
    SecondFactorStore.StoredSecret secret =
        scopes.read(
            () ->
                store
                    .secret(user.id(), true)
                    .or(() -> store.secret(user.id(), false))
                    .orElseThrow(IdentityFailure.TwoFactorNotEnabled::new));
    return factors.uri(user.id(), secret.sealed(), DEFAULT_ISSUER, user.email().value());
  }

  @Override
  @Transactional(dontRollbackOn = IdentityFailure.class)
  public SignedIn confirm(ConfirmTotpUseCase.Command command) {
    Instant now = clock.instant();
    SessionOfUser current = Sessions.live(sessions, command.sessionToken(), now);
    User user = current.user();
    ClientInfo client = command.client();
    throttle.checkAllowed(user.id(), client.address(), now);
    Optional<SecondFactorStore.StoredSecret> pending = store.secret(user.id(), false);
    if (pending.isEmpty() && !user.twoFactorEnabled()) {
      throw new IdentityFailure.TwoFactorNotEnabled();
    }
    OptionalLong step =
        pending
            .map(waiting -> factors.freshStep(user.id(), waiting, command.code(), now))
            .orElse(OptionalLong.empty());
    boolean enrolling =
        step.isPresent()
            && store.confirmPending(user.id(), pending.get().sealed(), step.getAsLong());
    boolean accepted =
        enrolling
            || (user.twoFactorEnabled() && factors.acceptTotp(user.id(), command.code(), now));
    if (!accepted) {
      throttle.recordFailure(user.id(), client.address(), now);
      audit.record(AuditLog.Event.TWO_FACTOR_FAILED, user.id(), client.address(), now);
      throw new IdentityFailure.InvalidCode();
    }
    throttle.recordSuccess(user.id());
    if (!enrolling) {
      return stepUp.proved(current, command.sessionToken(), client, now);
    }
    User enabled = user.withTwoFactor(true);
    audit.record(AuditLog.Event.TWO_FACTOR_ENABLED, user.id(), client.address(), now);
    mailer.securityChange(enabled, AccountMailer.SecurityChange.TWO_FACTOR_ENABLED, now);
    return rotation.replace(current, enabled, client, now, true);
  }

  /** The issuer an authenticator app shows: the client's, when it is short plain text. */
  private static String issuer(String requested) {
    if (requested == null || requested.isBlank()) {
      return DEFAULT_ISSUER;
    }
    String issuer = requested.strip();
    if (issuer.length() > MAX_ISSUER
        || issuer.contains(":")
        || !PasskeyNames.plainVisibleLabel(issuer)) {
      throw new IdentityFailure.InvalidInput(IdentityFailure.InvalidInput.Rule.ISSUER_INVALID);
    }
    return issuer;
  }
}
