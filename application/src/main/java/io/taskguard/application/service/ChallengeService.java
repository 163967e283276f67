package io.taskguard.application.service;

import io.taskguard.application.port.in.AnswerChallengeUseCase;
import io.taskguard.application.port.in.ClientInfo;
import io.taskguard.application.port.in.SendChallengeCodeUseCase;
import io.taskguard.application.port.in.SignInOutcome;
import io.taskguard.application.port.out.AccountMailer;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.SignInChallenges;
import io.taskguard.application.port.out.SignInChallenges.Challenge;
import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * The second step of a challenged sign-in. A challenge takes at most {@link #ATTEMPTS} wrong codes,
 * then ends; wrong codes also count against the account and the address ({@link
 * SecondFactorThrottle}). The right code ends the challenge and opens one session, even when two
 * servers are answered at once; a backup code used is audited and mailed to the account.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = IdentityFailure.class)
public class ChallengeService implements AnswerChallengeUseCase, SendChallengeCodeUseCase {

  static final int ATTEMPTS = 5;

  private final SignInChallenges challenges;
  private final UserRepository users;
  private final SecondFactors factors;
  private final MailedCodes mailedCodes;
  private final SecondFactorThrottle throttle;
  private final SessionStarter starter;
  private final DeviceTrust devices;
  private final AuditLog audit;
  private final AccountMailer mailer;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected ChallengeService() {
    this(null, null, null, null, null, null, null, null, null, null);
  }

  @Inject
  public ChallengeService(
      SignInChallenges challenges,
      UserRepository users,
      SecondFactors factors,
      MailedCodes mailedCodes,
      SecondFactorThrottle throttle,
      SessionStarter starter,
      DeviceTrust devices,
      AuditLog audit,
      AccountMailer mailer,
      Clock clock) {
    this.challenges = challenges;
    this.users = users;
    this.factors = factors;
    this.mailedCodes = mailedCodes;
    this.throttle = throttle;
    this.starter = starter;
    this.devices = devices;
    this.audit = audit;
    this.mailer = mailer;
    this.clock = clock;
  }

  @Override
  public SignInOutcome answer(Command command) {
    Instant now = clock.instant();
    ClientInfo client = command.client();
    Challenge challenge = live(command.challengeToken(), now);
    User user = users.findById(challenge.userId()).orElseThrow(IdentityFailure.NoChallenge::new);
    throttle.checkAllowed(user.id(), client.address(), now);
    if (command.method() != Method.BACKUP_CODE) {
      throttle.checkCodeGuessesAllowed(user.id(), now);
    }
    if (!accepted(command, challenge, user, now)) {
      refuse(command.method(), challenge, user, client, now);
    }
    if (!challenges.end(challenge.id())) {
      throw new IdentityFailure.NoChallenge();
    }
    throttle.recordSuccess(user.id());
    if (command.method() == Method.BACKUP_CODE) {
      audit.record(AuditLog.Event.BACKUP_CODE_USED, user.id(), client.address(), now);
      mailer.securityChange(user, AccountMailer.SecurityChange.BACKUP_CODE_USED, now);
    }
    audit.record(AuditLog.Event.TWO_FACTOR_PASSED, user.id(), client.address(), now);
    String trusted = command.trustDevice() ? devices.trust(user, client, now) : null;
    return SignInOutcome.opened(starter.start(user, client, true), trusted);
  }

  @Override
  public void send(String challengeToken, ClientInfo client) {
    Instant now = clock.instant();
    Challenge challenge = live(challengeToken, now);
    User user = users.findById(challenge.userId()).orElseThrow(IdentityFailure.NoChallenge::new);
    mailedCodes.send(challenge, user, client, now);
  }

  private Challenge live(String token, Instant now) {
    byte[] hash = SessionTokens.hash(token);
    if (hash == null) {
      throw new IdentityFailure.NoChallenge();
    }
    return challenges.findLive(hash, now).orElseThrow(IdentityFailure.NoChallenge::new);
  }

  private boolean accepted(Command command, Challenge challenge, User user, Instant now) {
    return switch (command.method()) {
      case TOTP -> factors.acceptTotp(user.id(), command.code(), now);
      case BACKUP_CODE -> factors.acceptBackupCode(user.id(), command.code(), now);
      case MAILED_CODE -> mailedCodes.matches(challenge, command.code(), now);
    };
  }

  private void refuse(
      Method method, Challenge challenge, User user, ClientInfo client, Instant now) {
    int failures = challenges.recordFailure(challenge.id());
    throttle.recordFailure(user.id(), client.address(), now);
    if (method != Method.BACKUP_CODE) {
      throttle.recordWrongCode(user.id(), now);
    }
    audit.record(AuditLog.Event.TWO_FACTOR_FAILED, user.id(), client.address(), now);
    if (failures >= ATTEMPTS) {
      challenges.end(challenge.id());
      throw new IdentityFailure.ChallengeExhausted();
    }
    throw method == Method.BACKUP_CODE
        ? new IdentityFailure.InvalidBackupCode()
        : new IdentityFailure.InvalidCode();
  }
}
