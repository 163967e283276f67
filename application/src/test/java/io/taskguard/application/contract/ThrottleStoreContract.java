package io.taskguard.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskguard.application.port.out.ThrottleStore;
import io.taskguard.application.port.out.ThrottleStore.Count;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ThrottleStore} must do: count attempts in a window, start over once the window
 * has passed for a subject no longer blocked, remember a block, forget on reset. Subclasses supply
 * the store and run each call in a unit of work of their store.
 */
public abstract class ThrottleStoreContract {

  private static final Duration WINDOW = Duration.ofMinutes(15);
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

  private final String scope = "contract";
  private final String subject = "subject-" + UUID.randomUUID();

  protected abstract ThrottleStore store();

  protected abstract <T> T inUnitOfWork(Supplier<T> work);

  private int count(Instant at) {
    return inUnitOfWork(() -> store().count(scope, subject, at, WINDOW));
  }

  private Count current(Instant at) {
    return inUnitOfWork(() -> store().current(scope, subject, at, WINDOW));
  }

  private void block(Instant until) {
    inUnitOfWork(
        () -> {
          store().block(scope, subject, until);
          return null;
        });
  }

  @Test
  void countsAttemptsWithinTheWindow() {
    assertEquals(new Count(0, null), current(T0));
    assertEquals(1, count(T0));
    assertEquals(2, count(T0.plusSeconds(60)));
    assertEquals(3, count(T0.plus(WINDOW)));

    assertEquals(new Count(3, null), current(T0.plus(WINDOW)));
  }

  @Test
  void aWindowThatHasPassedStartsOver() {
    count(T0);
    count(T0.plusSeconds(1));
    Instant later = T0.plus(WINDOW).plusSeconds(1);

    assertEquals(new Count(0, null), current(later));
    assertEquals(1, count(later));
    assertEquals(2, count(later.plus(WINDOW)));
  }

  @Test
  void aRunningBlockKeepsTheCountPastItsWindow() {
    count(T0);
    Instant until = T0.plus(WINDOW).plus(WINDOW).truncatedTo(ChronoUnit.SECONDS);
    block(until);
    Instant afterTheWindow = T0.plus(WINDOW).plusSeconds(1);

    assertEquals(new Count(1, until), current(afterTheWindow));
    assertEquals(2, count(afterTheWindow));
    assertEquals(new Count(0, null), current(until.plus(WINDOW).plusSeconds(1)));
  }

  @Test
  void aBlockThatHasEndedIsNotReported() {
    count(T0);
    block(T0.plusSeconds(30));

    assertEquals(new Count(1, T0.plusSeconds(30)), current(T0.plusSeconds(29)));
    assertEquals(new Count(1, null), current(T0.plusSeconds(30)));
  }

  @Test
  void resetForgetsTheAttemptsAndTheBlock() {
    count(T0);
    count(T0);
    block(T0.plusSeconds(30));

    inUnitOfWork(
        () -> {
          store().reset(scope, subject);
          return null;
        });

    assertEquals(new Count(0, null), current(T0));
    assertEquals(1, count(T0));
  }

  @Test
  void keepsScopesAndSubjectsApart() {
    count(T0);
    count(T0);

    assertEquals(1, inUnitOfWork(() -> store().count("other-scope", subject, T0, WINDOW)));
    assertEquals(1, inUnitOfWork(() -> store().count(scope, subject + "-other", T0, WINDOW)));
    assertEquals(new Count(2, null), current(T0));
  }
}
