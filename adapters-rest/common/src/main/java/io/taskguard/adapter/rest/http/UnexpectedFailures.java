package io.taskguard.adapter.rest.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line: anything unforeseen becomes a JSON answer in the API's dialect, without a stack
 * trace. When the database cannot be reached it is a 503 the client may retry; otherwise a 500
 * carrying an incident id that matches the server's log line.
 */
public class UnexpectedFailures implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedFailures.class.getName());

  private final ErrorDialect dialect;

  public UnexpectedFailures(ErrorDialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public Response toResponse(Throwable failure) {
    if (isDatabaseUnavailable(failure)) {
      LOG.warning(() -> "database unavailable: " + failure.getClass().getName());
      return dialect
          .answer(503, "Service temporarily unavailable", "SERVICE_UNAVAILABLE")
          .header("Retry-After", 5)
          .build();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "unexpected failure, incident " + incident, failure);
    return dialect
        .answer(500, "Internal error (incident " + incident + ")", "INTERNAL_ERROR")
        .build();
  }

  /**
   * 08: connection failures; 57P01-57P03: the server is shutting down, crashed or still starting (a
   * connection ended "due to administrator command" while its transaction committed); 42P01: a
   * table the migrations have not created yet (the database was away at start-up; the next
   * readiness probe migrates it).
   */
  static boolean isUnavailableState(String state) {
    return state != null
        && (state.startsWith("08") || state.startsWith("57P") || state.equals("42P01"));
  }

  static boolean isDatabaseUnavailable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql && isUnavailableState(sql.getSQLState())) {
        return true;
      }
      if (cause.getClass().getName().startsWith("jakarta.resource.")) {
        return true;
      }
      if (cause == cause.getCause()) {
        break;
      }
    }
    return false;
  }
}
