package io.taskguard.testsupport;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Client threads that send requests one after another until stopped, as steady traffic during a
 * fault, and record every call: when it started and ended, and its answer or the failure that took
 * its place (a connection refused or reset). Bounded: each thread stops at {@link #stop()} or after
 * its call limit, whichever comes first; closing it stops them too (a test that failed early).
 */
public final class RequestLoad implements AutoCloseable {

  /** One request of client {@code client}: its {@code seq}-th, from 0. */
  @FunctionalInterface
  public interface Request {
    HttpResult send(int client, int seq);
  }

  /** A call as the client saw it; {@code answer} is null when no answer came. */
  public record Call(
      int client, int seq, long startedNanos, long endedNanos, HttpResult answer, String failure) {

    public Duration latency() {
      return Duration.ofNanos(endedNanos - startedNanos);
    }

    public int status() {
      return answer == null ? -1 : answer.status();
    }

    public boolean succeeded() {
      return status() >= 200 && status() < 300;
    }

    @Override
    public String toString() {
      return "client "
          + client
          + " #"
          + seq
          + " in "
          + latency().toMillis()
          + " ms: "
          + (answer == null ? "no answer (" + failure + ")" : answer.toString());
    }
  }

  private static final int MAX_CALLS_PER_CLIENT = 20_000;

  private final AtomicBoolean stopped = new AtomicBoolean();
  private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
  private final List<Thread> threads = new ArrayList<>();

  private RequestLoad() {}

  /** Starts {@code clients} threads, each sending {@code request} in a loop. */
  public static RequestLoad start(int clients, Request request) {
    RequestLoad load = new RequestLoad();
    for (int client = 0; client < clients; client++) {
      int id = client;
      Thread thread = new Thread(() -> load.run(id, request), "load-client-" + client);
      thread.setDaemon(true);
      load.threads.add(thread);
      thread.start();
    }
    return load;
  }

  /** The calls that have ended so far. */
  public List<Call> calls() {
    return List.copyOf(calls);
  }

  /** Stops the clients after their current call and returns every call, in order of start. */
  public List<Call> stop() {
    stopped.set(true);
    for (Thread thread : threads) {
      try {
        thread.join(Duration.ofSeconds(60).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (thread.isAlive()) {
        throw new AssertionError(thread.getName() + " still waits for an answer after 60 s");
      }
    }
    List<Call> all = new ArrayList<>(calls);
    all.sort(Comparator.comparingLong(Call::startedNanos));
    return all;
  }

  /** Stops the clients if the test ended early; waits for none of them. */
  @Override
  public void close() {
    stopped.set(true);
  }

  private void run(int client, Request request) {
    for (int seq = 0; seq < MAX_CALLS_PER_CLIENT && !stopped.get(); seq++) {
      long started = System.nanoTime();
      HttpResult answer = null;
      String failure = null;
      try {
        answer = request.send(client, seq);
      } catch (UncheckedIOException e) {
        failure = String.valueOf(e.getCause());
      } catch (RuntimeException e) {
        failure = e.toString();
      }
      calls.add(new Call(client, seq, started, System.nanoTime(), answer, failure));
      if (answer == null) {
        ExtraServer.sleep(20); // no tight loop against a port nobody listens on
      }
    }
  }
}
