package io.taskguard.application.service;

import io.taskguard.application.config.AccountSettings;
import io.taskguard.application.config.IdentitySettings;
import io.taskguard.application.fake.FakeKeyManagement;
import io.taskguard.application.fake.FakePasswordHasher;
import io.taskguard.application.fake.FakePasswordStrength;
import io.taskguard.application.fake.FakeSecretSealer;
import io.taskguard.application.fake.FakeTokenIssuer;
import io.taskguard.application.fake.FakeTotpCodes;
import io.taskguard.application.fake.InMemoryAccountTokenStore;
import io.taskguard.application.fake.InMemoryLiveSessionMemory;
import io.taskguard.application.fake.InMemorySecondFactorStore;
import io.taskguard.application.fake.InMemorySessionRepository;
import io.taskguard.application.fake.InMemorySignInChallenges;
import io.taskguard.application.fake.InMemoryThrottleStore;
import io.taskguard.application.fake.InMemoryTrustedDevices;
import io.taskguard.application.fake.InMemoryUserRepository;
import io.taskguard.application.fake.RecordingAccountMailer;
import io.taskguard.application.fake.RecordingAuditLog;
import io.taskguard.application.fake.RecordingAuthEvents;
import io.taskguard.application.port.in.ClientInfo;
import io.taskguard.application.port.in.SignInUseCase;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.domain.user.Account;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.PasswordHash;
import io.taskguard.domain.user.User;
import io.taskguard.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;

/**
 * The accounts side wired as CDI would wire it, over in-memory fakes of every out-port, with a
 * clock that a test moves and limits small enough to reach: an account is backed off from its 3rd
 * failure, an address from its 10th (30 s, doubling up to 2 min, failures counted for 15 min), and
 * an address may sign up twice an hour.
 */
abstract class IdentityFixture {

  static final Instant START = Instant.parse("2026-11-24T10:14:08.911123Z");
  static final Duration SESSION_TTL = Duration.ofDays(7);
  static final String PASSWORD = "correct horse battery";

  final IdentitySettings settings =
      new IdentitySettings(
          SESSION_TTL,
          3,
          10,
          Duration.ofMinutes(15),
          Duration.ofSeconds(30),
          Duration.ofMinutes(2),
          2,
          Duration.ofHours(1));

  final TestClock clock = new TestClock(START);
  final InMemoryUserRepository users = new InMemoryUserRepository();
  final InMemorySessionRepository sessions = new InMemorySessionRepository(users);
  final InMemoryThrottleStore throttle = new InMemoryThrottleStore();
  final FakePasswordHasher hasher = new FakePasswordHasher();
  final FakeTokenIssuer tokens = new FakeTokenIssuer();
  final FakeKeyManagement keys = new FakeKeyManagement();
  final RecordingAuditLog audit = new RecordingAuditLog();
  final RecordingAuthEvents events = new RecordingAuthEvents();

  final InMemoryAccountTokenStore accountTokens = new InMemoryAccountTokenStore();
  final RecordingAccountMailer mailer = new RecordingAccountMailer();
  final AccountSettings accountSettings = AccountSettings.defaults();

  final AttemptCounter attempts = new AttemptCounter(throttle);
  final MailedTokens mailedTokens = new MailedTokens(accountTokens);
  final MailQuota quota = new MailQuota(attempts, accountSettings);
  final VerificationMails verifications =
      new VerificationMails(mailedTokens, quota, mailer, accountSettings);
  final SessionCheck check = new SessionCheck(sessions, new InMemoryLiveSessionMemory(), clock);
  final InMemoryTrustedDevices trustedDevices = new InMemoryTrustedDevices();
  final InMemorySignInChallenges challenges = new InMemorySignInChallenges();
  final InMemorySecondFactorStore secondFactorStore = new InMemorySecondFactorStore(users);
  final SecondFactors factors =
      new SecondFactors(secondFactorStore, new FakeSecretSealer(), new FakeTotpCodes());
  final SessionEnder ender = new SessionEnder(sessions, check, trustedDevices);
  final SessionStarter starter = new SessionStarter(sessions, tokens, settings, events, clock);
  final ChallengeIssuer challengeIssuer = new ChallengeIssuer(challenges, audit);
  final DeviceTrust deviceTrust = new DeviceTrust(trustedDevices, audit);
  final Admission admission =
      new Admission(accountSettings, verifications, starter, challengeIssuer, deviceTrust, audit);
  final FakePasswordStrength strength = new FakePasswordStrength();
  final PasswordCheckService passwordCheck = new PasswordCheckService(strength);
  final RegistrationService registration =
      new RegistrationService(
          new SignUpRecords(users, attempts, audit, admission, settings),
          hasher,
          events,
          passwordCheck,
          clock);
  final SignInService signIn =
      new SignInService(
          new SignInRecords(users, new LoginThrottle(attempts, settings), audit, admission),
          hasher,
          events,
          clock);
  final SessionService sessionService =
      new SessionService(sessions, tokens, audit, events, ender, clock);
  final OperatorService operator = new OperatorService(keys, factors, users, ender, audit, clock);
  final LoginThrottle loginThrottle = new LoginThrottle(attempts, settings);

  /** Runs its work directly: the fakes have no transactions. */
  final DatabaseScopes scopes = new DatabaseScopes();

  final PasswordConfirmation confirmation =
      new PasswordConfirmation(users, hasher, loginThrottle, audit, accountSettings, scopes);
  final PasswordReplacement replacement =
      new PasswordReplacement(users, hasher, mailedTokens, mailer);
  final ChangePasswordService changePassword =
      new ChangePasswordService(
          sessions, confirmation, replacement, ender, passwordCheck, audit, scopes, clock);
  final PasswordResetLinkService resetLinks =
      new PasswordResetLinkService(
          users, mailedTokens, quota, mailer, audit, accountSettings, clock);
  final ResetPasswordService resetPassword =
      new ResetPasswordService(
          users,
          mailedTokens,
          replacement,
          ender,
          passwordCheck,
          loginThrottle,
          audit,
          accountSettings,
          scopes,
          clock);
  final EmailService emails =
      new EmailService(users, sessions, mailedTokens, quota, verifications, audit, clock);
  final AccountService accounts =
      new AccountService(
          users, sessions, confirmation, ender, audit, accountSettings, scopes, clock);

  static ClientInfo from(String address) {
    return new ClientInfo(address, "test-agent/1.0");
  }

  /** An account stored directly, with {@link #PASSWORD} hashed as today's hasher would. */
  User account(String email) {
    return account(email, hasher.hash(PASSWORD));
  }

  User account(String email, PasswordHash hash) {
    User user =
        new User(
            UserId.random(),
            new Email(email),
            "Someone",
            false,
            null,
            clock.instant(),
            clock.instant());
    users.add(new Account(user, hash));
    return user;
  }

  SignedIn signIn(String email, String password, String address) {
    return signIn
        .signIn(new SignInUseCase.Command(email, password, null, from(address)))
        .signedIn();
  }

  /** A session of {@code user}, opened from {@code address} now. */
  SignedIn sessionOf(User user, String address) {
    return starter.start(user, from(address));
  }

  PasswordHash storedHash(String email) {
    return users.findByEmail(new Email(email)).orElseThrow().passwordHash();
  }
}
