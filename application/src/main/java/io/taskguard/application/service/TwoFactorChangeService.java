package io.taskguard.application.service;

import io.taskguard.application.port.in.DisableTwoFactorUseCase;
import io.taskguard.application.port.in.GenerateBackupCodesUseCase;
import io.taskguard.application.port.in.PasswordConfirmedCommand;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.application.port.out.AccountMailer;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.SecondFactorStore;
import io.taskguard.application.port.out.SessionRepository;
import io.taskguard.application.port.out.SessionRepository.SessionOfUser;
import io.taskguard.application.port.out.TrustedDevices;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Changes to an account's second factor once it is on: new backup codes, or two-factor off (which
 * forgets secrets, codes and trusted devices, and replaces the caller's session). Each needs the
 * password (checked outside any transaction, {@link DatabaseScopes}), is audited, and is mailed to
 * the account's address.
 */
@ApplicationScoped
public class TwoFactorChangeService implements GenerateBackupCodesUseCase, DisableTwoFactorUseCase {

  private final SessionRepository sessions;
  private final PasswordConfirmation confirmation;
  private final SecondFactorStore store;
  private final TrustedDevices devices;
  private final SessionRotation rotation;
  private final AuditLog audit;
  private final AccountMailer mailer;
  private final DatabaseScopes scopes;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected TwoFactorChangeService() {
    this(null, null, null, null, null, null, null, null, null);
  }

  @Inject
  public TwoFactorChangeService(
      SessionRepository sessions,
      PasswordConfirmation confirmation,
      SecondFactorStore store,
      TrustedDevices devices,
      SessionRotation rotation,
      AuditLog audit,
      AccountMailer mailer,
      DatabaseScopes scopes,
      Clock clock) {
    this.sessions = sessions;
    this.confirmation = confirmation;
    this.store = store;
    this.devices = devices;
    this.rotation = rotation;
    this.audit = audit;
    this.mailer = mailer;
    this.scopes = scopes;
    this.clock = clock;
  }

  @Override
  public List<String> generate(PasswordConfirmedCommand command) {
    Instant now = clock.instant();
    User user = confirmed(live(command, now), command, now);
    if (!user.twoFactorEnabled()) {
      throw new IdentityFailure.TwoFactorNotEnabled();
    }
    BackupCodes.NewSet codes = BackupCodes.generate();
    scopes.write(
        () -> {
          store.replaceBackupCodes(user.id(), codes.hashes());
          audit.record(
              AuditLog.Event.BACKUP_CODES_GENERATED, user.id(), command.client().address(), now);
          mailer.securityChange(user, AccountMailer.SecurityChange.BACKUP_CODES_GENERATED, now);
        });
    return codes.codes();
  }

  @Override
  public SignedIn disable(PasswordConfirmedCommand command) {
    Instant now = clock.instant();
    SessionOfUser current = live(command, now);
    User user = confirmed(current, command, now);
    return scopes.writeAndGet(
        () -> {
          boolean enrolling = store.secret(user.id(), false).isPresent();
          if (!user.twoFactorEnabled() && !enrolling) {
            throw new IdentityFailure.TwoFactorNotEnabled();
          }
          store.removeAll(user.id());
          devices.removeAll(user.id());
          User disabled = user.withTwoFactor(false);
          if (user.twoFactorEnabled()) {
            audit.record(
                AuditLog.Event.TWO_FACTOR_DISABLED, user.id(), command.client().address(), now);
            mailer.securityChange(disabled, AccountMailer.SecurityChange.TWO_FACTOR_DISABLED, now);
          }
          return rotation.replace(current, disabled, command.client(), now, false);
        });
  }

  private SessionOfUser live(PasswordConfirmedCommand command, Instant now) {
    return scopes.read(() -> Sessions.live(sessions, command.sessionToken(), now));
  }

  private User confirmed(SessionOfUser current, PasswordConfirmedCommand command, Instant now) {
    confirmation.confirmOrSteppedUp(current, command.password(), command.client(), now);
    return current.user();
  }
}
