package io.taskguard.adapter.rest.auth;

import io.taskguard.application.port.in.SigningKeysUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The public keys that verify taskguard's JWTs, for the task API and any other verifier. */
@Path("/auth/jwks")
@ApplicationScoped
public class KeysResource {

  private final SigningKeysUseCase keys;

  /**
   * For CDI's client proxy, and for JAX-RS, which wants a public constructor before it hands the
   * class to CDI.
   */
  public KeysResource() {
    this(null);
  }

  @Inject
  public KeysResource(SigningKeysUseCase keys) {
    this.keys = keys;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response jwks() {
    return Response.ok(keys.publicKeySet()).header("Cache-Control", "public, max-age=60").build();
  }
}
