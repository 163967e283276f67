package io.taskguard.application.service;

import io.taskguard.application.port.in.IdentitySettings;
import io.taskguard.application.port.in.OperatorAccessUseCase;
import io.taskguard.application.port.in.OperatorCredential;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.ThrottleStore;
import io.taskguard.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Guards the operator commands with the configured credential. Wrong guesses are counted per client
 * address in the shared throttle store (scope {@code operator-ip}), with the sign-in thresholds for
 * an account and its back-off, so the credential cannot be guessed at speed on any server; each
 * refusal is audited. The counts survive the refusal: it does not roll the transaction back.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class OperatorAccessService implements OperatorAccessUseCase {

  static final String SCOPE = "operator-ip";

  @Inject OperatorCredential credential;
  @Inject ThrottleStore throttle;
  @Inject IdentitySettings settings;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean enabled() {
    return credential.configured();
  }

  @Override
  public boolean admits(String user, String password, String clientAddress) {
    Instant now = clock.instant();
    ThrottleStore.Count count =
        throttle.current(SCOPE, clientAddress, now, settings.failureWindow());
    if (count.blockedUntil() != null && count.blockedUntil().isAfter(now)) {
      audit.record(AuditLog.Event.OPERATOR_REFUSED, null, clientAddress, now);
      throw new DomainException.Throttled(Duration.between(now, count.blockedUntil()));
    }
    if (credential.matches(user, password)) {
      return true;
    }
    int threshold = settings.accountFailuresBeforeBackoff();
    throttle.recordFailure(
        SCOPE,
        clientAddress,
        now,
        settings.failureWindow(),
        threshold,
        failures -> settings.backoff(failures, threshold));
    audit.record(AuditLog.Event.OPERATOR_REFUSED, null, clientAddress, now);
    return false;
  }
}
