package io.taskguard.adapter.rest.operator;

import io.taskguard.adapter.rest.http.ClientInfos;
import io.taskguard.application.port.in.ReencryptSigningKeysUseCase;
import io.taskguard.application.port.in.RevokeUserSessionsUseCase;
import io.taskguard.application.port.in.RotateSigningKeyUseCase;
import io.taskguard.application.port.in.WithdrawSigningKeyUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The operator commands over HTTP (guarded by {@link OperatorGate}): rotate the signing key now,
 * withdraw a key, re-encrypt the keys under a new secret, end every session of a user. Each answers
 * JSON saying what it did. {@code deploy/taskguard-operator} wraps them for the shell.
 */
@Path("/operator")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class OperatorResource {

  private final RotateSigningKeyUseCase rotation;
  private final WithdrawSigningKeyUseCase withdrawal;
  private final ReencryptSigningKeysUseCase reencryption;
  private final RevokeUserSessionsUseCase revocation;
  private final ClientInfos clients;

  /**
   * For CDI's client proxy, and for JAX-RS, which wants a public constructor before it hands the
   * class to CDI.
   */
  public OperatorResource() {
    this(null, null, null, null, null);
  }

  @Inject
  public OperatorResource(
      RotateSigningKeyUseCase rotation,
      WithdrawSigningKeyUseCase withdrawal,
      ReencryptSigningKeysUseCase reencryption,
      RevokeUserSessionsUseCase revocation,
      ClientInfos clients) {
    this.rotation = rotation;
    this.withdrawal = withdrawal;
    this.reencryption = reencryption;
    this.revocation = revocation;
    this.clients = clients;
  }

  @POST
  @Path("keys/rotate")
  public Response rotate(@Context HttpServletRequest request) {
    return answer(new OperatorAnswers.KeyRotated(rotation.rotateNow(address(request))));
  }

  @POST
  @Path("keys/{kid}/withdraw")
  public Response withdraw(@PathParam("kid") String kid, @Context HttpServletRequest request) {
    withdrawal.withdraw(kid, address(request));
    return answer(new OperatorAnswers.KeyWithdrawn(kid));
  }

  @POST
  @Path("keys/reencrypt")
  public Response reencrypt(@Context HttpServletRequest request) {
    return answer(new OperatorAnswers.KeysReencrypted(reencryption.reencryptAll(address(request))));
  }

  @POST
  @Path("users/{user}/sessions/revoke")
  public Response revokeSessions(
      @PathParam("user") String user, @Context HttpServletRequest request) {
    RevokeUserSessionsUseCase.Revoked revoked =
        revocation.revokeAll(new RevokeUserSessionsUseCase.Command(user, address(request)));
    return answer(
        new OperatorAnswers.SessionsRevoked(revoked.userId().value(), revoked.sessionsEnded()));
  }

  private String address(HttpServletRequest request) {
    return clients.of(request).address();
  }

  private static Response answer(Object body) {
    return Response.ok(body).header("Cache-Control", "no-store").build();
  }
}
