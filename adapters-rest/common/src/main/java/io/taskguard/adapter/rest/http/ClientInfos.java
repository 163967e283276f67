package io.taskguard.adapter.rest.http;

import io.taskguard.application.port.in.ClientInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells who is calling. Behind a load balancer, set {@code taskguard.http.trust-forwarded-for} so
 * the client address is the last hop the balancer appended to {@code X-Forwarded-For}; otherwise
 * that header is ignored, since any client can send it.
 */
@ApplicationScoped
public class ClientInfos {

  private final boolean trustForwardedFor;

  /** For CDI's client proxy only. */
  protected ClientInfos() {
    this(false);
  }

  @Inject
  public ClientInfos(
      @ConfigProperty(name = "taskguard.http.trust-forwarded-for", defaultValue = "false")
          boolean trustForwardedFor) {
    this.trustForwardedFor = trustForwardedFor;
  }

  public ClientInfo of(HttpServletRequest request) {
    String address = request.getRemoteAddr();
    String forwarded = request.getHeader("X-Forwarded-For");
    if (trustForwardedFor && forwarded != null && !forwarded.isBlank()) {
      String[] hops = forwarded.split(",");
      address = hops[hops.length - 1].strip();
    }
    return new ClientInfo(address, request.getHeader("User-Agent"));
  }
}
