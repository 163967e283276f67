package io.taskguard.application.service;

import io.taskguard.application.port.out.SecondFactorStore;
import io.taskguard.application.port.out.SecretSealer;
import io.taskguard.application.port.out.TotpCodes;
import io.taskguard.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * Checks second-factor codes against what the store keeps. A TOTP code is accepted once: its time
 * step must be newer than the last one used, which the store records atomically for every server
 * (RFC 6238, section 5.2). A backup code is accepted once, even when two requests offer it at once.
 */
@ApplicationScoped
public class SecondFactors {

  private final SecondFactorStore store;
  private final SecretSealer sealer;
  private final TotpCodes totp;

  /** For CDI's client proxy only. */
  protected SecondFactors() {
    this(null, null, null);
  }

  @Inject
  public SecondFactors(SecondFactorStore store, SecretSealer sealer, TotpCodes totp) {
    this.store = store;
    this.sealer = sealer;
    this.totp = totp;
  }

  /** What a TOTP secret is sealed to: its user, so a sealed secret moved to another never opens. */
  static String owner(UserId userId) {
    return "totp:" + userId.value();
  }

  /**
   * The step of {@code code} when it is a fresh code of the user's secret (the confirmed one, or
   * the one waiting for confirmation); empty when there is no such secret, the code is wrong, or
   * its step (or a later one) was used already. Does not record the step.
   */
  OptionalLong freshStep(UserId userId, boolean confirmed, String code, Instant now) {
    return store
        .secret(userId, confirmed)
        .map(stored -> freshStep(userId, stored, code, now))
        .orElse(OptionalLong.empty());
  }

  /** As {@link #freshStep(UserId, boolean, String, Instant)}, for a secret already read. */
  OptionalLong freshStep(
      UserId userId, SecondFactorStore.StoredSecret stored, String code, Instant now) {
    byte[] secret = sealer.open(owner(userId), stored.sealed());
    try {
      OptionalLong step = totp.matchingStep(secret, code, now);
      boolean reused =
          step.isPresent()
              && stored.lastUsedStep() != null
              && step.getAsLong() <= stored.lastUsedStep();
      return reused ? OptionalLong.empty() : step;
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  /** Whether {@code code} is a fresh code of the confirmed secret; if so, its step is used up. */
  boolean acceptTotp(UserId userId, String code, Instant now) {
    OptionalLong step = freshStep(userId, true, code, now);
    return step.isPresent() && store.useStep(userId, true, step.getAsLong());
  }

  /** Whether {@code code} is one of the user's unused backup codes; if so, it is used up. */
  boolean acceptBackupCode(UserId userId, String code, Instant now) {
    byte[] hash = BackupCodes.hashOfTyped(code);
    if (hash == null) {
      return false;
    }
    List<SecondFactorStore.StoredBackupCode> unused = store.unusedBackupCodes(userId);
    int index =
        BackupCodes.indexOf(
            hash, unused.stream().map(SecondFactorStore.StoredBackupCode::hash).toList());
    return index >= 0 && store.useBackupCode(unused.get(index).id(), now);
  }

  /** A new secret, sealed, and its {@code otpauth://} URI for {@code account}. */
  record NewSecret(byte[] sealed, String uri) {}

  NewSecret newSecret(UserId userId, String issuer, String account) {
    byte[] secret = totp.newSecret();
    try {
      return new NewSecret(sealer.seal(owner(userId), secret), totp.uri(secret, issuer, account));
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  /** The {@code otpauth://} URI of a stored secret. */
  String uri(UserId userId, byte[] sealed, String issuer, String account) {
    byte[] secret = sealer.open(owner(userId), sealed);
    try {
      return totp.uri(secret, issuer, account);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  /**
   * Re-seals every stored secret under the newest key-encryption secret; returns how many. A secret
   * replaced meanwhile (a new enrolment) is left as it is: it was sealed under the newest already.
   */
  int resealAll() {
    int count = 0;
    for (SecondFactorStore.SealedSecret stored : store.allSecrets()) {
      byte[] secret = sealer.open(owner(stored.userId()), stored.sealed());
      try {
        byte[] sealed = sealer.seal(owner(stored.userId()), secret);
        if (store.reseal(stored.userId(), stored.confirmed(), stored.sealed(), sealed)) {
          count++;
        }
      } finally {
        Arrays.fill(secret, (byte) 0);
      }
    }
    return count;
  }
}
