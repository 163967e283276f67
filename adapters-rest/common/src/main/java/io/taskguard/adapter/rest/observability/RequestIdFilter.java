package io.taskguard.adapter.rest.observability;

import com.ibm.websphere.logging.hpel.LogRecordContext;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The outermost filter of the WAR (first in {@code web.xml}). Gives every request an id ({@link
 * RequestIds}), answers it in {@code X-Request-Id} (so the access log, which records that response
 * header, carries it too), and puts it on every log line written on the request's thread: Liberty's
 * {@link LogRecordContext} adds it to each JSON log record as {@code ext_requestId}. On the way out
 * it counts 401 and 403 answers by the reason their refuser named ({@link Refusals}).
 */
public class RequestIdFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The log field is {@code ext_} followed by this name. */
  static final String LOG_FIELD = "requestId";

  @Inject transient SecurityMetrics metrics;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = RequestIds.adopt(request.getHeader(RequestIds.HEADER));
    request.setAttribute(RequestIds.ATTRIBUTE, id);
    response.setHeader(RequestIds.HEADER, id);
    LogRecordContext.addExtension(LOG_FIELD, id);
    try {
      chain.doFilter(request, response);
    } finally {
      LogRecordContext.removeExtension(LOG_FIELD);
      int status = response.getStatus();
      if (status == 401 || status == 403) {
        metrics.refused(status, Refusals.of(request));
      }
    }
  }
}
