package io.taskguard.application.service;

import io.taskguard.application.config.IdentitySettings;
import io.taskguard.application.config.OperatorCredential;
import io.taskguard.application.port.in.OperatorAccessUseCase;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.domain.user.IdentityFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Guards the operator commands with the configured credential. Wrong guesses are counted per client
 * address in the shared throttle store (scope {@code operator-ip}), with the sign-in thresholds for
 * an account and its back-off, so the credential cannot be guessed at speed on any server; each
 * refusal is audited. The counts survive the refusal: it does not roll the transaction back.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = IdentityFailure.class)
public class OperatorAccessService implements OperatorAccessUseCase {

  static final String SCOPE = "operator-ip";

  private final OperatorCredential credential;
  private final AttemptCounter attempts;
  private final IdentitySettings settings;
  private final AuditLog audit;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected OperatorAccessService() {
    this(null, null, null, null, null);
  }

  @Inject
  public OperatorAccessService(
      OperatorCredential credential,
      AttemptCounter attempts,
      IdentitySettings settings,
      AuditLog audit,
      Clock clock) {
    this.credential = credential;
    this.attempts = attempts;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean enabled() {
    return credential.configured();
  }

  @Override
  public boolean admits(String user, String password, String clientAddress) {
    Instant now = clock.instant();
    try {
      attempts.refuseIfBlocked(SCOPE, clientAddress, settings.operatorLimit(), now);
    } catch (IdentityFailure.Throttled throttled) {
      audit.record(AuditLog.Event.OPERATOR_REFUSED, null, clientAddress, now);
      throw throttled;
    }
    if (credential.matches(user, password)) {
      return true;
    }
    attempts.record(SCOPE, clientAddress, settings.operatorLimit(), now);
    audit.record(AuditLog.Event.OPERATOR_REFUSED, null, clientAddress, now);
    return false;
  }
}
