package io.taskguard.adapter.rest.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Better Auth's liveness probe for clients: {@code GET /api/auth/ok}. */
@Path("/auth/ok")
@ApplicationScoped
public class OkResource {

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Boolean> ok() {
    return Map.of("ok", true);
  }
}
