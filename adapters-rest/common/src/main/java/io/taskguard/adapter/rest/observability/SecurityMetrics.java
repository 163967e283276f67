package io.taskguard.adapter.rest.observability;

import io.taskguard.application.port.out.AuthEvents;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The security counters of the application metric registry, scraped by Prometheus from {@code
 * /metrics}: sign-ins by outcome, sign-ups by outcome, JWTs issued, and 401/403 answers by reason.
 * Every outcome of sign-in and sign-up is registered at start-up, so a dashboard sees a zero rather
 * than no series at all.
 */
@ApplicationScoped
public class SecurityMetrics implements AuthEvents {

  static final String SIGN_INS = "taskguard.signins";
  static final String SIGN_UPS = "taskguard.signups";
  static final String JWTS = "taskguard.jwts.issued";
  static final String REFUSALS = "taskguard.refusals";

  private final MetricRegistry registry;

  /** For CDI's client proxy only. */
  protected SecurityMetrics() {
    this(null);
  }

  @Inject
  public SecurityMetrics(
      @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE) MetricRegistry registry) {
    this.registry = registry;
  }

  void registerAtStartup(@Observes Startup startup) {
    // the observer's only job: create the bean, and with it every series, before the first request
  }

  @PostConstruct
  void registerSeries() {
    for (SignInOutcome outcome : SignInOutcome.values()) {
      registry.counter(SIGN_INS, outcome(outcome));
    }
    for (SignUpOutcome outcome : SignUpOutcome.values()) {
      registry.counter(SIGN_UPS, outcome(outcome));
    }
    registry.counter(JWTS);
  }

  @Override
  public void signIn(SignInOutcome outcome) {
    registry.counter(SIGN_INS, outcome(outcome)).inc();
  }

  @Override
  public void signUp(SignUpOutcome outcome) {
    registry.counter(SIGN_UPS, outcome(outcome)).inc();
  }

  @Override
  public void jwtIssued() {
    registry.counter(JWTS).inc();
  }

  /** Counts one 401 or 403 answer, with one of the {@link Refusals} reasons. */
  public void refused(int status, String reason) {
    registry
        .counter(REFUSALS, new Tag("status", Integer.toString(status)), new Tag("reason", reason))
        .inc();
  }

  private static Tag outcome(Enum<?> outcome) {
    return new Tag("outcome", outcome.name().toLowerCase(Locale.ROOT));
  }
}
