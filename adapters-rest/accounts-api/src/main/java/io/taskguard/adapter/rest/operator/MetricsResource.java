package io.taskguard.adapter.rest.operator;

import io.taskguard.adapter.rest.auth.AuthErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * {@code GET /api/operator/metrics}: Liberty's MicroProfile Metrics scrape (Prometheus text, the
 * same query parameters as {@code /metrics}) for the operator credential over plain HTTP, the way a
 * Prometheus server reaches a pod. {@link OperatorGate} checks the credential first, so a missing
 * or wrong one gets the operator commands' JSON 401 (and their back-off and audit), never a metric.
 *
 * <p>Liberty's own {@code /metrics} stays as it was: a web application of its own whose security
 * constraint asks for its reader role over a confidential (HTTPS) connection, which a server with
 * no keystore never has. This resource hands the request to that application inside the server (a
 * servlet forward, which the container does not put through the target's security constraints, as
 * the Servlet specification says for forwards), catches its answer and passes on only the status,
 * content type and body: Liberty's endpoint also sets {@code Access-Control-Allow-Origin: *}, which
 * taskguard's answers never carry, and would start an HTTP session ({@link SessionlessRequest}).
 */
@Path("/operator/metrics")
@OperatorOnly
@ApplicationScoped
public class MetricsResource {

  /** The context root of Liberty's metrics application (mpMetrics-5.1 fixes it). */
  static final String LIBERTY_METRICS = "/metrics";

  @GET
  public Response scrape(@Context HttpServletRequest request, @Context HttpServletResponse response)
      throws ServletException, IOException {
    ServletContext metrics = request.getServletContext().getContext(LIBERTY_METRICS);
    if (metrics == null || !LIBERTY_METRICS.equals(metrics.getContextPath())) {
      return unavailable(503);
    }
    CapturedResponse captured = new CapturedResponse(response);
    metrics.getRequestDispatcher("/").forward(new SessionlessRequest(request), captured);
    if (captured.status() == 404) {
      return AuthErrors.DIALECT
          .answer(404, "No such metric scope or name", "METRIC_NOT_FOUND")
          .header("Cache-Control", "no-store")
          .build();
    }
    if (captured.status() != 200) {
      return unavailable(captured.status());
    }
    return Response.ok(captured.body())
        .type(captured.contentType().orElse("text/plain; version=0.0.4; charset=utf-8"))
        .header("Cache-Control", "no-store")
        .build();
  }

  private static Response unavailable(int libertyStatus) {
    return AuthErrors.DIALECT
        .answer(
            503,
            "Liberty's metrics endpoint is not available (" + libertyStatus + ")",
            "METRICS_UNAVAILABLE")
        .header("Cache-Control", "no-store")
        .build();
  }
}
