package io.taskguard.application.service;

import io.taskguard.application.port.in.ClientInfo;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.TrustedDevices;
import io.taskguard.application.port.out.TrustedDevices.TrustedDevice;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Devices trusted to skip the second factor for {@link #TRUST} after their last use. A device
 * proves itself with a token that is replaced at each use, so a copied token works at most once,
 * and the owner's next sign-in shows it (the device's trust ends for whoever used it second).
 */
@ApplicationScoped
public class DeviceTrust {

  static final Duration TRUST = Duration.ofDays(30);

  private final TrustedDevices devices;
  private final AuditLog audit;

  /** For CDI's client proxy only. */
  protected DeviceTrust() {
    this(null, null);
  }

  @Inject
  public DeviceTrust(TrustedDevices devices, AuditLog audit) {
    this.devices = devices;
    this.audit = audit;
  }

  /** Trusts the device {@code client} signs in from; returns the token it keeps. */
  String trust(User user, ClientInfo client, Instant now) {
    String token = SessionTokens.newToken();
    devices.add(
        new TrustedDevice(
            UUID.randomUUID().toString(),
            user.id(),
            now,
            now,
            now.plus(TRUST),
            client.address(),
            client.userAgent()),
        SessionTokens.hash(token));
    audit.record(AuditLog.Event.TRUSTED_DEVICE_ADDED, user.id(), client.address(), now);
    return token;
  }

  /**
   * When {@code token} proves a device {@code user} trusts: the device's new token (the old one
   * stops working). Empty for any other token.
   */
  Optional<String> use(User user, String token, ClientInfo client, Instant now) {
    byte[] hash = SessionTokens.hash(token);
    if (hash == null) {
      return Optional.empty();
    }
    Optional<TrustedDevice> device =
        devices.findLive(hash, now).filter(found -> found.userId().equals(user.id()));
    if (device.isEmpty()) {
      return Optional.empty();
    }
    String next = SessionTokens.newToken();
    boolean rotated =
        devices.rotate(
            device.get().id(),
            hash,
            SessionTokens.hash(next),
            now,
            now.plus(TRUST),
            client.address());
    return rotated ? Optional.of(next) : Optional.empty();
  }
}
