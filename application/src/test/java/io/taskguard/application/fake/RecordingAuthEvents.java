package io.taskguard.application.fake;

import io.taskguard.application.port.out.AuthEvents;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link AuthEvents} that keeps the outcomes it is told, in order, and counts issued JWTs. */
public class RecordingAuthEvents implements AuthEvents {

  private final List<SignInOutcome> signIns = new CopyOnWriteArrayList<>();
  private final List<SignUpOutcome> signUps = new CopyOnWriteArrayList<>();
  private final AtomicInteger jwtsIssued = new AtomicInteger();

  @Override
  public void signIn(SignInOutcome outcome) {
    signIns.add(outcome);
  }

  @Override
  public void signUp(SignUpOutcome outcome) {
    signUps.add(outcome);
  }

  @Override
  public void jwtIssued() {
    jwtsIssued.incrementAndGet();
  }

  public List<SignInOutcome> signIns() {
    return List.copyOf(signIns);
  }

  public List<SignUpOutcome> signUps() {
    return List.copyOf(signUps);
  }

  public int jwtsIssued() {
    return jwtsIssued.get();
  }
}
