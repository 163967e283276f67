package io.taskguard.systemtest.fault;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.RequestLoad.Call;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The calls of a database outage under load, sorted into before, during and after, with the timings
 * the issue asks to be measured: how soon the outage showed, how fast refusals came, and how soon
 * after PostgreSQL's return the service was whole again.
 */
record OutageReport(
    List<Call> all,
    long stopping,
    long stopped,
    long restarting,
    long back,
    Duration readyDown,
    Duration readyUp) {

  private static final Set<Integer> EXPECTED = Set.of(200, 201, 503);

  /** The calls that ended before PostgreSQL began to stop. */
  List<Call> before() {
    return all.stream().filter(c -> c.endedNanos() < stopping).toList();
  }

  /** The calls made wholly while PostgreSQL was down. */
  List<Call> during() {
    return all.stream()
        .filter(c -> c.startedNanos() > stopped && c.endedNanos() < restarting)
        .toList();
  }

  /** From PostgreSQL accepting connections until readiness was UP and no call failed any more. */
  Duration recovery() {
    long lastFailure =
        all.stream()
            .filter(c -> !c.succeeded() && c.endedNanos() > back)
            .mapToLong(Call::endedNanos)
            .max()
            .orElse(back);
    return Duration.ofNanos(Math.max(lastFailure - back, readyUp.toNanos()));
  }

  /** How many calls started once the recovery bound had passed. */
  long afterRecoveryBound() {
    return all.stream()
        .filter(c -> c.startedNanos() > back + DatabaseOutageIT.RECOVERY_BOUND.toNanos())
        .count();
  }

  void assertEveryCallAnsweredWithin(Duration bound) {
    for (Call call : all) {
      assertTrue(call.answer() != null, call::toString);
      assertTrue(call.latency().compareTo(bound) <= 0, call::toString);
    }
  }

  void assertNothingButSuccessOr503() {
    all.forEach(c -> assertTrue(EXPECTED.contains(c.status()), c::toString));
  }

  private Duration maxLatency(List<Call> calls) {
    return calls.stream().map(Call::latency).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
  }

  @Override
  public String toString() {
    List<Call> refused = all.stream().filter(c -> c.status() == 503).toList();
    List<Duration> refusals = refused.stream().map(Call::latency).sorted().toList();
    long firstRefusal =
        refused.stream().mapToLong(Call::endedNanos).min().orElse(stopped) - stopping;
    return String.format(
        "[outage] %d calls by %d clients: %d before the stop, %d while PostgreSQL was down, %d"
            + " answered 503%n[outage] PostgreSQL stop took %d ms; first 503 %d ms after the stop"
            + " began; readiness DOWN %d ms after it ended%n[outage] 503 latency: median %d ms,"
            + " max %d ms; max latency of any call %d ms%n[outage] PostgreSQL restart took %d"
            + " ms; readiness UP %d ms and every call succeeding %d ms after it accepted"
            + " connections",
        all.size(),
        all.stream().map(Call::client).distinct().count(),
        before().size(),
        during().size(),
        refused.size(),
        ms(stopped - stopping),
        ms(firstRefusal),
        readyDown.toMillis(),
        refusals.isEmpty() ? -1 : refusals.get(refusals.size() / 2).toMillis(),
        maxLatency(refused).toMillis(),
        maxLatency(all).toMillis(),
        ms(back - restarting),
        readyUp.toMillis(),
        recovery().toMillis());
  }

  private static long ms(long nanos) {
    return Duration.ofNanos(nanos).toMillis();
  }
}
