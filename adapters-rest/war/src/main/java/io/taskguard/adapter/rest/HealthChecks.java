package io.taskguard.adapter.rest;

import io.taskguard.application.port.out.StoreStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness follows the database: DOWN while it is unreachable or its schema is not current, UP
 * again as soon as it is back, with no restart. Liveness says only that the server answers.
 */
@ApplicationScoped
public class HealthChecks {

  private final StoreStatus store;

  /** For CDI's client proxy only. */
  protected HealthChecks() {
    this(null);
  }

  @Inject
  public HealthChecks(StoreStatus store) {
    this.store = store;
  }

  @Produces
  @Readiness
  HealthCheck database() {
    return () -> HealthCheckResponse.named("database").status(store.isReady()).build();
  }

  @Produces
  @Liveness
  HealthCheck server() {
    return () -> HealthCheckResponse.up("server");
  }
}
