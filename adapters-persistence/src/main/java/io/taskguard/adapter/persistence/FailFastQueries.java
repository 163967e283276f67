package io.taskguard.adapter.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Turns off EclipseLink's own retry of a read that failed on a lost connection. By default it
 * retries three times, five seconds apart, so while PostgreSQL is away every read held its request
 * for over ten seconds before the 503. The container's pool already replaces broken connections
 * (validated before reuse, server.xml), and the client is told when to retry ({@code Retry-After}),
 * so a failed read fails the request at once.
 */
public class FailFastQueries implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
      login.setDelayBetweenConnectionAttempts(0);
    }
  }
}
