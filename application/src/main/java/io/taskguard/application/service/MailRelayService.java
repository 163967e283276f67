package io.taskguard.application.service;

import io.taskguard.application.port.in.MailDeliveryUseCase;
import io.taskguard.application.port.out.MailDelivery;
import io.taskguard.application.port.out.MailDelivery.QueuedMail;
import io.taskguard.application.port.out.MailSender;
import io.taskguard.domain.policy.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends the outbox's due mails. Each step is a transaction of the outbox's own: the claim commits
 * before any mail goes, so a server that dies mid-round leaves its mails to be claimed again when
 * their lease ends, and no two servers send one mail in the same lease. A failed mail is retried
 * after a back-off that doubles from 30 seconds up to an hour, and given up after {@link
 * #MAX_ATTEMPTS} attempts (about 5 hours).
 */
@ApplicationScoped
public class MailRelayService implements MailDeliveryUseCase {

  static final int BATCH = 10;
  static final int MAX_ATTEMPTS = 12;
  static final Duration LEASE = Duration.ofMinutes(10);
  static final Backoff RETRY = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

  private static final Logger LOG = Logger.getLogger(MailRelayService.class.getName());

  private final MailDelivery outbox;
  private final MailSender sender;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected MailRelayService() {
    this(null, null, null);
  }

  @Inject
  public MailRelayService(MailDelivery outbox, MailSender sender, Clock clock) {
    this.outbox = outbox;
    this.sender = sender;
    this.clock = clock;
  }

  @Override
  public Delivered deliverDue() {
    if (!sender.configured()) {
      return new Delivered(0, 0, 0);
    }
    List<QueuedMail> due = outbox.claimDue(clock.instant(), BATCH, LEASE);
    int sent = 0;
    int retried = 0;
    int abandoned = 0;
    for (QueuedMail mail : due) {
      try {
        sender.send(mail);
        outbox.sent(mail.id(), clock.instant());
        sent++;
      } catch (MailSender.MailFailure failure) {
        Instant now = clock.instant();
        if (mail.attempts() >= MAX_ATTEMPTS) {
          outbox.abandon(mail.id(), now, failure.getMessage());
          abandoned++;
          LOG.severe(
              () ->
                  "Mail "
                      + mail.id()
                      + " given up after "
                      + mail.attempts()
                      + " attempts: "
                      + failure.getMessage());
        } else {
          Duration wait = retryAfter(mail.attempts());
          outbox.failed(mail.id(), now.plus(wait), failure.getMessage());
          retried++;
          LOG.warning(
              () ->
                  "Mail "
                      + mail.id()
                      + " not sent (attempt "
                      + mail.attempts()
                      + ", next in "
                      + wait.toSeconds()
                      + " s): "
                      + failure.getMessage());
        }
      }
    }
    return new Delivered(sent, retried, abandoned);
  }

  /** 30 s after the first failure, doubling, at most an hour. */
  static Duration retryAfter(int attempts) {
    return RETRY.delay(Math.max(attempts - 1, 0));
  }
}
