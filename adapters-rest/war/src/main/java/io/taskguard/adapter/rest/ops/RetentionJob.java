package io.taskguard.adapter.rest.ops;

import io.taskguard.application.port.in.RetentionUseCase;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs retention every {@code taskguard.retention.interval} on Jakarta Concurrency's managed
 * scheduler. Every server schedules it; the purge lock lets one of them work at a time.
 */
@ApplicationScoped
public class RetentionJob {

  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  private final RetentionUseCase retention;
  private final Duration interval;

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
    scheduler.scheduleWithFixedDelay(this::run, Math.min(60, seconds), seconds, TimeUnit.SECONDS);
  }

  void run() {
    try {
      retention
          .purge()
          .ifPresent(
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
}
