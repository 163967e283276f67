package io.taskguard.application.service;

import io.taskguard.application.port.in.ClientInfo;
import io.taskguard.application.port.in.PasskeysUseCase;
import io.taskguard.application.port.out.AccountMailer;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.PasskeyStore;
import io.taskguard.application.port.out.PasskeyStore.Passkey;
import io.taskguard.application.port.out.SessionRepository;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** A signed-in person's passkeys: listed, renamed, removed (audited and mailed). */
@ApplicationScoped
@Transactional
public class PasskeyListService implements PasskeysUseCase {

  private final SessionRepository sessions;
  private final PasskeyStore store;
  private final AuditLog audit;
  private final AccountMailer mailer;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected PasskeyListService() {
    this(null, null, null, null, null);
  }

  @Inject
  public PasskeyListService(
      SessionRepository sessions,
      PasskeyStore store,
      AuditLog audit,
      AccountMailer mailer,
      Clock clock) {
    this.sessions = sessions;
    this.store = store;
    this.audit = audit;
    this.mailer = mailer;
    this.clock = clock;
  }

  @Override
  public List<Passkey> list(String sessionToken) {
    return store.listOf(Sessions.live(sessions, sessionToken, clock.instant()).user().id());
  }

  @Override
  public Passkey rename(String sessionToken, String id, String name) {
    User user = Sessions.live(sessions, sessionToken, clock.instant()).user();
    if (name == null) {
      throw new IdentityFailure.InvalidInput(
          IdentityFailure.InvalidInput.Rule.PASSKEY_NAME_INVALID);
    }
    String chosen = PasskeyNames.checked(name);
    if (id == null || !store.rename(user.id(), id, chosen)) {
      throw new IdentityFailure.PasskeyNotFound();
    }
    return store.listOf(user.id()).stream()
        .filter(passkey -> passkey.id().equals(id))
        .findFirst()
        .orElseThrow(IdentityFailure.PasskeyNotFound::new);
  }

  @Override
  public void remove(String sessionToken, String id, ClientInfo client) {
    Instant now = clock.instant();
    User user = Sessions.live(sessions, sessionToken, now).user();
    if (id == null || !store.remove(user.id(), id)) {
      throw new IdentityFailure.PasskeyNotFound();
    }
    audit.record(AuditLog.Event.PASSKEY_REMOVED, user.id(), client.address(), now);
    mailer.securityChange(user, AccountMailer.SecurityChange.PASSKEY_REMOVED, now);
  }
}
