package io.taskguard.application.service;

import io.taskguard.application.config.AccountSettings;
import io.taskguard.application.config.PasskeySettings;
import io.taskguard.application.port.in.ClientInfo;
import io.taskguard.application.port.in.PasskeyRegistrationUseCase;
import io.taskguard.application.port.in.PasskeySignInUseCase;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.application.port.out.AccountMailer;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.PasskeyCeremonies;
import io.taskguard.application.port.out.PasskeyStore;
import io.taskguard.application.port.out.PasskeyStore.Ceremony;
import io.taskguard.application.port.out.PasskeyStore.Passkey;
import io.taskguard.application.port.out.SessionRepository;
import io.taskguard.application.port.out.SessionRepository.SessionOfUser;
import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.policy.AttemptLimit;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The two passkey ceremonies. Each challenge is random, kept as a hash with the ceremony it is for
 * (and, for a registration, the user), lives {@link #CHALLENGE_LIFETIME} and is taken once, so a
 * response works once on whichever server it reaches. A sign count that does not go up is refused
 * and audited. Registering needs a fresh session (younger than {@link AccountSettings#freshAge()},
 * or stepped up within it). An assertion on a signed-in session is a step-up: no new session.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = IdentityFailure.class)
public class PasskeyService implements PasskeyRegistrationUseCase, PasskeySignInUseCase {

  static final Duration CHALLENGE_LIFETIME = Duration.ofMinutes(5);
  static final String OPTIONS_SCOPE = "passkey-options-ip";

  /** Sign-in challenges one address may ask for: anyone may, and each is a row until it expires. */
  static final AttemptLimit OPTIONS_PER_ADDRESS = AttemptLimit.quota(61, Duration.ofMinutes(1));

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SessionRepository sessions;
  private final UserRepository users;
  private final PasskeyStore store;
  private final PasskeyCeremonies ceremonies;
  private final PasskeySettings rp;
  private final AccountSettings accounts;
  private final Admission admission;
  private final AttemptCounter attempts;
  private final StepUp stepUp;
  private final AuditLog audit;
  private final AccountMailer mailer;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected PasskeyService() {
    this(null, null, null, null, null, null, null, null, null, null, null, null);
  }

  @Inject
  public PasskeyService(
      SessionRepository sessions,
      UserRepository users,
      PasskeyStore store,
      PasskeyCeremonies ceremonies,
      PasskeySettings rp,
      AccountSettings accounts,
      Admission admission,
      AttemptCounter attempts,
      StepUp stepUp,
      AuditLog audit,
      AccountMailer mailer,
      Clock clock) {
    this.sessions = sessions;
    this.users = users;
    this.store = store;
    this.ceremonies = ceremonies;
    this.rp = rp;
    this.accounts = accounts;
    this.admission = admission;
    this.attempts = attempts;
    this.stepUp = stepUp;
    this.audit = audit;
    this.mailer = mailer;
    this.clock = clock;
  }

  @Override
  public RegistrationOptions registrationOptions(String sessionToken) {
    Instant now = clock.instant();
    User user = fresh(Sessions.live(sessions, sessionToken, now), now);
    byte[] challenge = challenge(Ceremony.REGISTER, user, now);
    return new RegistrationOptions(
        challenge, rp, user, store.listOf(user.id()).stream().map(Passkey::credentialId).toList());
  }

  @Override
  public Passkey register(
      String sessionToken, String responseJson, String name, ClientInfo client) {
    Instant now = clock.instant();
    User user = fresh(Sessions.live(sessions, sessionToken, now), now);
    String chosen = PasskeyNames.checked(name);
    byte[] challenge = ceremonies.challengeOf(responseJson, true);
    PasskeyStore.IssuedChallenge issued =
        store
            .takeChallenge(SessionTokens.hash(challenge), Ceremony.REGISTER, now)
            .filter(taken -> user.id().equals(taken.userId()))
            .orElseThrow(IdentityFailure.PasskeyChallengeNotFound::new);
    PasskeyCeremonies.NewCredential made;
    try {
      made = ceremonies.verifyRegistration(responseJson, challenge, rp);
    } catch (IdentityFailure.PasskeyRefused refused) {
      audit.record(AuditLog.Event.PASSKEY_FAILED, issued.userId(), client.address(), now);
      throw refused;
    }
    if (store.byCredentialId(made.credentialId()).isPresent()) {
      throw new IdentityFailure.PasskeyRefused(true);
    }
    Passkey passkey =
        new Passkey(
            UUID.randomUUID().toString(),
            user.id(),
            chosen,
            made.credentialId(),
            made.credential(),
            made.signCount(),
            made.aaguid(),
            made.backedUp(),
            made.multiDevice(),
            made.transports(),
            now,
            null);
    store.add(passkey);
    audit.record(AuditLog.Event.PASSKEY_ADDED, user.id(), client.address(), now);
    mailer.securityChange(user, AccountMailer.SecurityChange.PASSKEY_ADDED, now);
    return passkey;
  }

  @Override
  public AuthenticationOptions authenticationOptions(ClientInfo client) {
    Instant now = clock.instant();
    Optional<Duration> wait =
        attempts.record(OPTIONS_SCOPE, client.address(), OPTIONS_PER_ADDRESS, now);
    if (wait.isPresent()) {
      throw new IdentityFailure.Throttled(wait.get());
    }
    return new AuthenticationOptions(challenge(Ceremony.AUTHENTICATE, null, now), rp);
  }

  @Override
  public SignedIn signIn(String responseJson, ClientInfo client) {
    Instant now = clock.instant();
    Passkey passkey = verifiedAssertion(responseJson, client, now);
    User user =
        users
            .findById(passkey.userId())
            .orElseThrow(() -> new IdentityFailure.PasskeyRefused(false));
    SignedIn signedIn;
    try {
      signedIn = admission.provedBothFactors(user, client, now);
    } catch (IdentityFailure.EmailNotVerified refused) {
      audit.record(AuditLog.Event.SIGN_IN_REFUSED, user.id(), client.address(), now);
      throw refused;
    }
    audit.record(AuditLog.Event.PASSKEY_SIGN_IN, user.id(), client.address(), now);
    return signedIn;
  }

  @Override
  public SignedIn stepUp(String sessionToken, String responseJson, ClientInfo client) {
    Instant now = clock.instant();
    SessionOfUser current = Sessions.live(sessions, sessionToken, now);
    Passkey passkey = verifiedAssertion(responseJson, client, now);
    if (!passkey.userId().equals(current.user().id())) {
      audit.record(AuditLog.Event.PASSKEY_FAILED, current.user().id(), client.address(), now);
      throw new IdentityFailure.PasskeyRefused(false);
    }
    return stepUp.proved(current, sessionToken, client, now);
  }

  /**
   * The passkey that made the assertion, once its challenge is taken and its signature, origin,
   * user verification and sign count check out (the new count is then recorded).
   */
  private Passkey verifiedAssertion(String responseJson, ClientInfo client, Instant now) {
    byte[] challenge = ceremonies.challengeOf(responseJson, false);
    store
        .takeChallenge(SessionTokens.hash(challenge), Ceremony.AUTHENTICATE, now)
        .orElseThrow(IdentityFailure.PasskeyChallengeNotFound::new);
    Passkey passkey =
        store
            .byCredentialId(ceremonies.credentialIdOf(responseJson))
            .orElseThrow(() -> new IdentityFailure.PasskeyRefused(false));
    long count;
    try {
      count =
          ceremonies.verifyAuthentication(
              responseJson, challenge, passkey.credential(), passkey.signCount(), rp);
    } catch (IdentityFailure.PasskeyCounterWentBack cloned) {
      audit.record(
          AuditLog.Event.PASSKEY_COUNTER_WENT_BACK, passkey.userId(), client.address(), now);
      throw cloned;
    } catch (IdentityFailure.PasskeyRefused refused) {
      audit.record(AuditLog.Event.PASSKEY_FAILED, passkey.userId(), client.address(), now);
      throw refused;
    }
    if (!store.recordUse(passkey.id(), passkey.signCount(), count, now)) {
      throw new IdentityFailure.PasskeyRefused(false);
    }
    return passkey;
  }

  private byte[] challenge(Ceremony ceremony, User user, Instant now) {
    byte[] challenge = new byte[32];
    RANDOM.nextBytes(challenge);
    store.addChallenge(
        SessionTokens.hash(challenge),
        ceremony,
        user == null ? null : user.id(),
        now.plus(CHALLENGE_LIFETIME));
    return challenge;
  }

  private User fresh(SessionOfUser current, Instant now) {
    if (!current.session().isFreshAt(now, accounts.freshAge())) {
      throw new IdentityFailure.SessionNotFresh();
    }
    return current.user();
  }
}
