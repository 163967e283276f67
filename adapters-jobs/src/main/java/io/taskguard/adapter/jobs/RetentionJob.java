package io.taskguard.adapter.jobs;

import io.taskguard.application.port.in.RetentionUseCase;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs retention every {@code taskguard.retention.interval} on Jakarta Concurrency's managed
 * scheduler. Every server schedules it; the purge lock lets one of them work at a time. The
 * schedule ends with the application (undeployed, updated in place, or restarted after a
 * configuration change), so a replaced application never runs it again without its CDI context.
 */
@ApplicationScoped
public class RetentionJob {

  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  /** The rest after a full batch, as a multiple of the batch's own time. */
  static final int REST_PER_BATCH = 2;

  private static final Duration MAX_REST = Duration.ofSeconds(5);

  private final RetentionUseCase retention;
  private final Duration interval;
  private volatile ScheduledFuture<?> schedule;
  private volatile boolean stopped;
  private final CountDownLatch stopping = new CountDownLatch(1);

  /** For CDI's client proxy only. */
  protected RetentionJob() {
    this.retention = null;
    this.interval = null;
  }

  @Inject
  public RetentionJob(
      RetentionUseCase retention,
      @ConfigProperty(name = "taskguard.retention.interval", defaultValue = "PT1H")
          String interval) {
    this.retention = retention;
    this.interval = Duration.parse(interval);
  }

  void start(@Observes Startup startup) {
    long seconds = Math.max(1, interval.toSeconds());
    schedule =
        scheduler.scheduleWithFixedDelay(
            this::run, Math.min(60, seconds), seconds, TimeUnit.SECONDS);
  }

  /** Lets a batch in progress finish, ends a rest between batches, and starts no other. */
  @PreDestroy
  void stop() {
    stopped = true;
    stopping.countDown();
    ScheduledFuture<?> running = schedule;
    if (running != null) {
      running.cancel(false);
    }
  }

  /**
   * One run: batches (each its own short transaction, {@link RetentionUseCase#purge()}) until one
   * leaves nothing more, the application stops, or another server holds the purge lock; then one
   * INFO line with what the whole run removed. After each full batch the run rests twice as long as
   * the batch took, so that working off a backlog takes at most a third of one database
   * connection's time and leaves PostgreSQL's cores to the requests.
   */
  void run() {
    if (stopped) {
      return;
    }
    try {
      Optional<RetentionUseCase.Purged> total = Optional.empty();
      long started = System.nanoTime();
      Optional<RetentionUseCase.Purged> batch = retention.purge();
      while (batch.isPresent()) {
        RetentionUseCase.Purged done = batch.get();
        total = Optional.of(total.map(done::after).orElse(done));
        if (!done.more() || !rest(Duration.ofNanos(System.nanoTime() - started))) {
          break;
        }
        started = System.nanoTime();
        batch = retention.purge();
      }
      total.ifPresent(
          purged ->
              LOG.info(
                  () ->
                      "Retention removed "
                          + purged.sessions()
                          + " sessions, "
                          + purged.tokens()
                          + " mailed tokens, "
                          + purged.throttle()
                          + " attempt counters, "
                          + purged.mail()
                          + " mails and "
                          + purged.audit()
                          + " audit events"));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Retention failed; it runs again at the next interval", e);
    }
  }

  /**
   * Waits {@link #REST_PER_BATCH} times the batch's time (at most 5 s); false when the application
   * stopped meanwhile, at once.
   */
  private boolean rest(Duration batch) {
    long millis = Math.min(MAX_REST.toMillis(), batch.toMillis() * REST_PER_BATCH);
    try {
      return !stopping.await(millis, TimeUnit.MILLISECONDS) && !stopped;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
