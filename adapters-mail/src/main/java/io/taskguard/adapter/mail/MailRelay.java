package io.taskguard.adapter.mail;

import io.taskguard.application.port.in.MailDeliveryUseCase;
import io.taskguard.application.port.out.MailSender;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the outbox's delivery: right after a transaction that queued mail commits, and every {@code
 * taskguard.mail.poll} seconds for retries and for mail another server left behind. Uses Jakarta
 * Concurrency's managed scheduler, so the work runs in the application's context; the polling ends
 * with the application, so a replaced application never sends again.
 */
@ApplicationScoped
public class MailRelay {

  private static final Logger LOG = Logger.getLogger(MailRelay.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  private final MailDeliveryUseCase delivery;
  private final MailSender sender;
  private final int pollSeconds;
  private final String environment;
  private volatile ScheduledFuture<?> polling;
  private volatile boolean stopped;

  /** For CDI's client proxy only. */
  protected MailRelay() {
    this(null, null, 30, "production");
  }

  @Inject
  public MailRelay(
      MailDeliveryUseCase delivery,
      MailSender sender,
      @ConfigProperty(name = "taskguard.mail.poll", defaultValue = "30") int pollSeconds,
      @ConfigProperty(name = "taskguard.env", defaultValue = "production") String environment) {
    this.delivery = delivery;
    this.sender = sender;
    this.pollSeconds = pollSeconds;
    this.environment = environment;
  }

  void start(@Observes Startup startup) {
    if (!sender.configured()) {
      Level level = "development".equals(environment) ? Level.INFO : Level.WARNING;
      LOG.log(
          level,
          "No mail server is configured (TASKGUARD_MAIL_HOST): password-reset and verification"
              + " mails wait in the outbox and are sent once one is.");
      return;
    }
    polling = scheduler.scheduleWithFixedDelay(this::deliverAll, 2, pollSeconds, TimeUnit.SECONDS);
  }

  /** Lets a round in progress finish, and starts no other. */
  @PreDestroy
  void stop() {
    stopped = true;
    ScheduledFuture<?> running = polling;
    if (running != null) {
      running.cancel(false);
    }
  }

  /** Mail was queued by a transaction that has now committed: send it without waiting. */
  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
    if (!sender.configured() || stopped) {
      return;
    }
    try {
      scheduler.execute(this::deliverAll);
    } catch (RejectedExecutionException shuttingDown) {
      // the next server to poll sends it
    }
  }

  /** Rounds until one claims less than a full batch. */
  void deliverAll() {
    if (stopped) {
      return;
    }
    try {
      MailDeliveryUseCase.Delivered round;
      do {
        round = delivery.deliverDue();
      } while (round.claimed() > 0 && round.retried() == 0 && round.abandoned() == 0);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Mail delivery round failed; the next one retries", e);
    }
  }
}
