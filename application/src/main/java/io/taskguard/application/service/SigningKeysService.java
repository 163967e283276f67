package io.taskguard.application.service;

import io.taskguard.application.port.in.SigningKeysUseCase;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.TokenIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Publishes the verification keys and rotates the signing key, recording each rotation. */
@ApplicationScoped
@Transactional
public class SigningKeysService implements SigningKeysUseCase {

  @Inject TokenIssuer tokens;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public String publicKeySet() {
    return tokens.publicKeySet(clock.instant());
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isTrusted(String kid) {
    return kid != null && tokens.isPublished(kid, clock.instant());
  }

  @Override
  public boolean rotateIfDue() {
    Instant now = clock.instant();
    boolean rotated = tokens.rotateIfDue(now);
    if (rotated) {
      audit.record(AuditLog.Event.KEY_ROTATED, null, "scheduler", now);
    }
    return rotated;
  }
}
