package io.taskguard.systemtest.microshed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The slice of the accounts API that the MicroShed client proxy calls, with its whole path: the
 * system tests see no JAX-RS application class to take a base path from.
 */
@Path("/api/auth")
public interface AuthProbeApi {

  @GET
  @Path("/ok")
  @Produces(MediaType.APPLICATION_JSON)
  String ok();

  @GET
  @Path("/jwks")
  @Produces(MediaType.APPLICATION_JSON)
  String jwks();
}
