package io.taskguard.adapter.rest.auth;

import io.taskguard.adapter.rest.http.ClientInfos;
import io.taskguard.adapter.rest.json.JsonFactories;
import io.taskguard.application.port.in.CancelEmailChangeUseCase;
import io.taskguard.application.port.in.PendingEmailChangeUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * taskguard's own addition beside Better Auth's {@code change-email}: the move that waits for its
 * link, which Better Auth cannot show, and withdrawing it. Better Auth clients never call it.
 */
@Path("/auth/email-change")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class EmailChangeResource {

  private final PendingEmailChangeUseCase pendingChanges;
  private final CancelEmailChangeUseCase cancellations;
  private final ClientInfos clients;

  /** For CDI's client proxy, and for JAX-RS, which wants a public constructor. */
  public EmailChangeResource() {
    this(null, null, null);
  }

  @Inject
  public EmailChangeResource(
      PendingEmailChangeUseCase pendingChanges,
      CancelEmailChangeUseCase cancellations,
      ClientInfos clients) {
    this.pendingChanges = pendingChanges;
    this.cancellations = cancellations;
    this.clients = clients;
  }

  /** {@code {"pending": {newEmail, requestedAt, expiresAt} | null}}. */
  @GET
  public Response pending(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    JsonValue pending =
        pendingChanges
            .pending(BearerTokens.required(authorization))
            .<JsonValue>map(
                change ->
                    JsonFactories.object()
                        .add("newEmail", change.newEmail().value())
                        .add("requestedAt", AuthResponses.instant(change.requestedAt()))
                        .add("expiresAt", AuthResponses.instant(change.expiresAt()))
                        .build())
            .orElse(JsonValue.NULL);
    return noStore(JsonFactories.object().add("pending", pending).build());
  }

  /** {@code {"status": true, "cancelled": whether a move was pending}}. */
  @POST
  @Path("/cancel")
  public Response cancel(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context HttpServletRequest request) {
    boolean cancelled =
        cancellations.cancel(
            new CancelEmailChangeUseCase.Command(
                BearerTokens.required(authorization), clients.of(request)));
    return noStore(JsonFactories.object().add("status", true).add("cancelled", cancelled).build());
  }

  private static Response noStore(Object entity) {
    return Response.ok(entity).header("Cache-Control", "no-store").build();
  }
}
