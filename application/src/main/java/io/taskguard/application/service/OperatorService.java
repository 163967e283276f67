package io.taskguard.application.service;

import io.taskguard.application.port.in.ReencryptSigningKeysUseCase;
import io.taskguard.application.port.in.RevokeUserSessionsUseCase;
import io.taskguard.application.port.in.RotateSigningKeyUseCase;
import io.taskguard.application.port.in.WithdrawSigningKeyUseCase;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.KeyManagement;
import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import io.taskguard.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The operator commands. Each runs in one transaction, is recorded in the audit trail with the
 * operator's address (and the user concerned, if any; key rotation and withdrawal are recorded by
 * the key lifecycle itself, {@code KeyRotation}), and is logged at INFO with what it did: key ids
 * and counts, never a secret.
 */
@ApplicationScoped
@Transactional
public class OperatorService
    implements RotateSigningKeyUseCase,
        WithdrawSigningKeyUseCase,
        ReencryptSigningKeysUseCase,
        RevokeUserSessionsUseCase {

  private static final Logger LOG = Logger.getLogger(OperatorService.class.getName());

  private final KeyManagement keys;
  private final SecondFactors factors;
  private final UserRepository users;
  private final SessionEnder ender;
  private final AuditLog audit;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected OperatorService() {
    this(null, null, null, null, null, null);
  }

  @Inject
  public OperatorService(
      KeyManagement keys,
      SecondFactors factors,
      UserRepository users,
      SessionEnder ender,
      AuditLog audit,
      Clock clock) {
    this.keys = keys;
    this.factors = factors;
    this.users = users;
    this.ender = ender;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public String rotateNow(String operatorAddress) {
    Instant now = clock.instant();
    String kid = keys.rotateNow(now, operatorAddress);
    LOG.info(() -> "operator command: signing key rotated, new kid " + kid);
    return kid;
  }

  @Override
  public void withdraw(String kid, String operatorAddress) {
    Instant now = clock.instant();
    if (kid == null || kid.isBlank() || !keys.withdraw(kid, now, operatorAddress)) {
      throw new IdentityFailure.SigningKeyNotFound();
    }
    LOG.info(() -> "operator command: signing key " + kid + " withdrawn");
  }

  @Override
  public int reencryptAll(String operatorAddress) {
    Instant now = clock.instant();
    int count = keys.reencryptAll(now);
    int secrets = factors.resealAll();
    audit.record(AuditLog.Event.OPERATOR_KEYS_REENCRYPTED, null, operatorAddress, now);
    LOG.info(
        () ->
            "operator command: "
                + count
                + " signing key(s) and "
                + secrets
                + " TOTP secret(s) re-encrypted");
    return count;
  }

  @Override
  public Revoked revokeAll(Command command) {
    Instant now = clock.instant();
    UserId userId = find(command).map(User::id).orElseThrow(IdentityFailure.UserNotFound::new);
    int ended = ender.endAll(userId, now);
    audit.record(AuditLog.Event.OPERATOR_SESSIONS_REVOKED, userId, command.operatorAddress(), now);
    LOG.info(() -> "operator command: " + ended + " session(s) of user " + userId + " ended");
    return new Revoked(userId, ended);
  }

  private Optional<User> find(Command command) {
    if (command.byEmail()) {
      Email email;
      try {
        email = new Email(command.user());
      } catch (IdentityFailure.InvalidInput malformed) {
        return Optional.empty();
      }
      return users.findByEmail(email).map(account -> account.user());
    }
    return UserId.isWellFormed(command.user())
        ? users.findById(new UserId(command.user()))
        : Optional.empty();
  }
}
