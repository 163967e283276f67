package io.taskguard.adapter.jobs;

import io.taskguard.application.port.in.RetentionUseCase;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs retention every {@code taskguard.retention.interval} on Jakarta Concurrency's managed
 * scheduler. Every server schedules it; the purge lock lets one of them work at a time. The
 * schedule ends with the application (undeployed, updated in place, or restarted after a
 * configuration change), so a replaced application never runs it again without its CDI context.
 *
 * <p>Each batch of a run is a task of its own, and the rest after it is the delay before the next
 * one: no thread is busy between batches. When the application begins to stop (before its CDI
 * context is destroyed), the job cancels what is scheduled and waits for the batch in flight, if
 * any: one short transaction, so the stop waits at most about a second for it, and the batch never
 * runs into a container that is shutting down.
 */
@ApplicationScoped
public class RetentionJob {

  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  /** The rest after a full batch, as a multiple of the batch's own time. */
  static final int REST_PER_BATCH = 2;

  private static final Duration MAX_REST = Duration.ofSeconds(5);

  /** How long a stop waits for the batch in flight; a batch's statements stop far sooner. */
  static final Duration STOP_WAITS_AT_MOST = Duration.ofSeconds(10);

  /** Batches stopped at their bound in a row after which a run gives up until the next interval. */
  static final int STOPPED_IN_A_ROW = 5;

  private final BatchPace pace = new BatchPace();

  private final RetentionUseCase retention;
  private final Duration interval;
  private volatile ScheduledFuture<?> schedule;
  private volatile ScheduledFuture<?> nextBatch;
  private volatile boolean stopped;
  private final AtomicBoolean running = new AtomicBoolean();
  private final ReentrantLock inBatch = new ReentrantLock();

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

  /** The application begins to stop: its beans are all still there. */
  void stopping(
      @Observes(notifyObserver = Reception.IF_EXISTS) @BeforeDestroyed(ApplicationScoped.class)
          Object application) {
    stop();
  }

  /**
   * Cancels the schedule and the next batch of a run, and waits (at most {@link
   * #STOP_WAITS_AT_MOST}) until a batch in progress has finished.
   */
  @PreDestroy
  void stop() {
    stopped = true;
    for (ScheduledFuture<?> task : new ScheduledFuture<?>[] {schedule, nextBatch}) {
      if (task != null) {
        task.cancel(false);
      }
    }
    try {
      if (inBatch.tryLock(STOP_WAITS_AT_MOST.toMillis(), TimeUnit.MILLISECONDS)) {
        inBatch.unlock();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Starts a run unless one is still going: batches (each its own short transaction, {@link
   * RetentionUseCase#purge(int)}, of the size {@link BatchPace} sets) until one leaves nothing
   * more, the application stops, or another server holds the purge lock; then one INFO line with
   * what the whole run removed. After each full batch, and after one the database stopped at its
   * bound, the next batch waits twice as long as the batch took, so that working off a backlog
   * takes at most a third of one database connection's time and leaves PostgreSQL's cores to the
   * requests. After {@link #STOPPED_IN_A_ROW} stopped batches in a row the run ends with a warning,
   * and the next interval tries again.
   */
  void run() {
    run((rest, task) -> scheduler.schedule(task, rest.toMillis(), TimeUnit.MILLISECONDS));
  }

  /** Schedules a run's next batch after its rest: the managed scheduler, or a test's. */
  interface Later {
    ScheduledFuture<?> after(Duration rest, Runnable batch);
  }

  void run(Later later) {
    if (!stopped && running.compareAndSet(false, true)) {
      batch(new Run(), later);
    }
  }

  private void batch(Run run, Later later) {
    Optional<Duration> rest = Optional.empty();
    inBatch.lock();
    try {
      if (!stopped) {
        rest = run.batch();
      }
    } catch (RuntimeException e) {
      if (!stopped) {
        LOG.log(Level.WARNING, "Retention failed; it runs again at the next interval", e);
      }
      // else the stop gave up waiting for this batch and its beans are gone: the next start resumes
    } finally {
      inBatch.unlock();
    }
    if (rest.isPresent() && !stopped) {
      try {
        nextBatch = later.after(rest.get(), () -> batch(run, later));
        return;
      } catch (RejectedExecutionException stopping) {
        // the scheduler takes no more tasks: the application is stopping
      }
    }
    run.report();
    running.set(false);
  }

  /** What one run has removed so far, and how its batches went. */
  private final class Run {
    private Optional<RetentionUseCase.Purged> total = Optional.empty();
    private int stoppedInARow;

    /** Takes one batch; the rest before the next, or empty when the run ends. */
    Optional<Duration> batch() {
      long started = System.nanoTime();
      Optional<RetentionUseCase.Purged> batch;
      try {
        batch = retention.purge(pace.size());
      } catch (RetentionUseCase.TooSlow e) {
        int size = pace.size();
        pace.stopped();
        if (++stoppedInARow >= STOPPED_IN_A_ROW) {
          LOG.warning(
              () ->
                  "Retention ended early: "
                      + STOPPED_IN_A_ROW
                      + " batches in a row (the last of "
                      + size
                      + " rows) ran longer than their bound; it runs again at the next interval");
          return Optional.empty();
        }
        return Optional.of(rest(since(started)));
      }
      if (batch.isEmpty()) {
        return Optional.empty();
      }
      stoppedInARow = 0;
      Duration took = since(started);
      RetentionUseCase.Purged done = batch.get();
      total = Optional.of(total.map(done::after).orElse(done));
      if (!done.more()) {
        return Optional.empty();
      }
      pace.took(took);
      return Optional.of(rest(took));
    }

    void report() {
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
    }
  }

  private static Duration since(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /** {@link #REST_PER_BATCH} times the batch's time, at most 5 s. */
  private static Duration rest(Duration batch) {
    Duration rest = batch.multipliedBy(REST_PER_BATCH);
    return rest.compareTo(MAX_REST) > 0 ? MAX_REST : rest;
  }
}
