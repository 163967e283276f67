package io.taskguard.application.service;

import io.taskguard.application.config.AccountSettings;
import io.taskguard.application.port.in.DeleteAccountUseCase;
import io.taskguard.application.port.in.UpdateProfileUseCase;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.SessionRepository;
import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.session.Session;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.ProfileRules;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * The account itself: its profile, and its deletion. A deletion takes the password, or a session
 * signed in within {@link AccountSettings#freshAge()}; it removes the account, its tasks, sessions
 * and mailed tokens in one transaction (the store cascades), and ends what this server remembers of
 * its sessions at once; every other server refuses its JWTs within a second (spec D-5). A password
 * that confirms it is checked outside any transaction ({@link DatabaseScopes}).
 */
@ApplicationScoped
public class AccountService implements UpdateProfileUseCase, DeleteAccountUseCase {

  private final UserRepository users;
  private final SessionRepository sessions;
  private final PasswordConfirmation confirmation;
  private final SessionEnder ender;
  private final AuditLog audit;
  private final AccountSettings settings;
  private final DatabaseScopes scopes;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected AccountService() {
    this(null, null, null, null, null, null, null, null);
  }

  @Inject
  public AccountService(
      UserRepository users,
      SessionRepository sessions,
      PasswordConfirmation confirmation,
      SessionEnder ender,
      AuditLog audit,
      AccountSettings settings,
      DatabaseScopes scopes,
      Clock clock) {
    this.users = users;
    this.sessions = sessions;
    this.confirmation = confirmation;
    this.ender = ender;
    this.audit = audit;
    this.settings = settings;
    this.scopes = scopes;
    this.clock = clock;
  }

  @Override
  @Transactional(dontRollbackOn = IdentityFailure.class)
  public void updateProfile(UpdateProfileUseCase.Command update) {
    Instant now = clock.instant();
    User user = Sessions.live(sessions, update.sessionToken(), now).user();
    String name = update.name().map(ProfileRules::name).orElse(user.name());
    String image = update.image().map(ProfileRules::image).applyTo(user.image());
    users.updateProfile(user.id(), name, image, now);
    audit.record(AuditLog.Event.PROFILE_UPDATED, user.id(), update.client().address(), now);
  }

  @Override
  public void delete(DeleteAccountUseCase.Command deletion) {
    Instant now = clock.instant();
    SessionRepository.SessionOfUser current =
        scopes.read(() -> Sessions.live(sessions, deletion.sessionToken(), now));
    User user = current.user();
    if (deletion.password().isPresent()) {
      confirmation.confirm(user, deletion.password().get(), deletion.client(), now);
    } else if (!fresh(current.session(), now)) {
      throw new IdentityFailure.SessionNotFresh();
    }
    scopes.write(
        () -> {
          users.remove(user.id());
          ender.removed(user.id());
          audit.record(AuditLog.Event.USER_DELETED, user.id(), deletion.client().address(), now);
        });
  }

  private boolean fresh(Session session, Instant now) {
    return session.isFreshAt(now, settings.freshAge());
  }
}
