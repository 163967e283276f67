package io.taskguard.application.service;

import io.taskguard.application.port.out.SessionRepository;
import io.taskguard.application.port.out.TrustedDevices;
import io.taskguard.domain.session.SessionId;
import io.taskguard.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Ends sessions everywhere in one call: in the shared store, which every server reads, and in what
 * this server's {@link SessionCheck} remembers, so this server refuses their JWTs at once and every
 * other one within {@link SessionCheck#FRESHNESS}. The one way the use cases end a session.
 */
@ApplicationScoped
public class SessionEnder {

  private final SessionRepository sessions;
  private final SessionCheck check;
  private final TrustedDevices devices;

  /** For CDI's client proxy only. */
  protected SessionEnder() {
    this(null, null, null);
  }

  @Inject
  public SessionEnder(SessionRepository sessions, SessionCheck check, TrustedDevices devices) {
    this.sessions = sessions;
    this.check = check;
    this.devices = devices;
  }

  /** Ends one session of a user; false when the user has no such live session. */
  boolean end(UserId userId, SessionId id, Instant now) {
    boolean ended = sessions.revoke(userId, id, now);
    check.forget(id);
    return ended;
  }

  /**
   * Ends every session of a user, and forgets the devices they trust to skip the second factor;
   * returns how many sessions were live.
   */
  int endAll(UserId userId, Instant now) {
    devices.removeAll(userId);
    int ended = sessions.revokeAll(userId, now);
    check.forgetUser(userId);
    return ended;
  }

  /**
   * Ends every session of a user but {@code keep}, and forgets every trusted device (signing out
   * everywhere else must not leave a device that skips the second factor); returns how many other
   * sessions were live.
   */
  int endAllBut(UserId userId, SessionId keep, Instant now) {
    devices.removeAll(userId);
    int ended = sessions.revokeAllBut(userId, keep, now);
    check.forgetUser(userId);
    return ended;
  }

  /** Forgets the sessions of a user whom the store just removed, sessions and all. */
  void removed(UserId userId) {
    check.forgetUser(userId);
  }
}
