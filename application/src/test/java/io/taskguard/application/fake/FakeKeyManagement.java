package io.taskguard.application.fake;

import io.taskguard.application.port.out.KeyManagement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link KeyManagement} over a set of published key ids, recording every command with the time and
 * operator address it was given. New keys are {@code "kid-"} and a serial number.
 */
public class FakeKeyManagement implements KeyManagement {

  /** One command: what, on which key (null for re-encryption), when and from where. */
  public record Call(String command, String kid, Instant at, String operatorAddress) {}

  private final Set<String> published = new LinkedHashSet<>();
  private final List<Call> calls = new ArrayList<>();
  private int serial;

  @Override
  public synchronized String rotateNow(Instant now, String operatorAddress) {
    String kid = "kid-" + ++serial;
    published.add(kid);
    calls.add(new Call("rotate", kid, now, operatorAddress));
    return kid;
  }

  @Override
  public synchronized boolean withdraw(String kid, Instant now, String operatorAddress) {
    calls.add(new Call("withdraw", kid, now, operatorAddress));
    return published.remove(kid);
  }

  @Override
  public synchronized int reencryptAll(Instant now) {
    calls.add(new Call("reencrypt", null, now, null));
    return published.size();
  }

  /** Publishes a key made elsewhere (by lazy rotation, or before the test). */
  public synchronized void publish(String kid) {
    published.add(kid);
  }

  public synchronized Set<String> published() {
    return Set.copyOf(published);
  }

  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }
}
