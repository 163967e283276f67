package io.taskguard.application.service;

import io.taskguard.application.port.in.ClientInfo;
import io.taskguard.application.port.in.TrustedDevicesUseCase;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.SessionRepository;
import io.taskguard.application.port.out.TrustedDevices;
import io.taskguard.application.port.out.TrustedDevices.TrustedDevice;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** A signed-in person's trusted devices: listed, and forgotten one by one (audited). */
@ApplicationScoped
@Transactional
public class TrustedDeviceService implements TrustedDevicesUseCase {

  private final SessionRepository sessions;
  private final TrustedDevices devices;
  private final AuditLog audit;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected TrustedDeviceService() {
    this(null, null, null, null);
  }

  @Inject
  public TrustedDeviceService(
      SessionRepository sessions, TrustedDevices devices, AuditLog audit, Clock clock) {
    this.sessions = sessions;
    this.devices = devices;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public List<TrustedDevice> list(String sessionToken) {
    Instant now = clock.instant();
    User user = Sessions.live(sessions, sessionToken, now).user();
    return devices.listLive(user.id(), now);
  }

  @Override
  public void forget(String sessionToken, String id, ClientInfo client) {
    Instant now = clock.instant();
    User user = Sessions.live(sessions, sessionToken, now).user();
    if (id == null || !devices.remove(user.id(), id)) {
      throw new IdentityFailure.TrustedDeviceNotFound();
    }
    audit.record(AuditLog.Event.TRUSTED_DEVICE_REMOVED, user.id(), client.address(), now);
  }
}
