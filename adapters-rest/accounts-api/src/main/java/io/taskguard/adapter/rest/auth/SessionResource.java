package io.taskguard.adapter.rest.auth;

import io.taskguard.adapter.rest.http.ClientInfos;
import io.taskguard.adapter.rest.json.JsonFactories;
import io.taskguard.application.port.in.GetSessionUseCase;
import io.taskguard.application.port.in.IssueAccessTokenUseCase;
import io.taskguard.application.port.in.ListSessionsUseCase;
import io.taskguard.application.port.in.RevokeOtherSessionsUseCase;
import io.taskguard.application.port.in.RevokeSessionUseCase;
import io.taskguard.application.port.in.SignOutUseCase;
import io.taskguard.application.port.out.AccessToken;
import io.taskguard.domain.session.SessionId;
import io.taskguard.domain.user.IdentityFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Optional;

/** What a session token's holder can do: see it, trade it for a JWT, list and end sessions. */
@Path("/auth")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

  private final GetSessionUseCase currentSessions;
  private final IssueAccessTokenUseCase accessTokens;
  private final ListSessionsUseCase sessionLists;
  private final RevokeSessionUseCase sessionRevocation;
  private final RevokeOtherSessionsUseCase otherSessionsRevocation;
  private final SignOutUseCase signOuts;
  private final ClientInfos clients;

  /**
   * For CDI's client proxy, and for JAX-RS, which wants a public constructor before it hands the
   * class to CDI.
   */
  public SessionResource() {
    this(null, null, null, null, null, null, null);
  }

  @Inject
  public SessionResource(
      GetSessionUseCase currentSessions,
      IssueAccessTokenUseCase accessTokens,
      ListSessionsUseCase sessionLists,
      RevokeSessionUseCase sessionRevocation,
      RevokeOtherSessionsUseCase otherSessionsRevocation,
      SignOutUseCase signOuts,
      ClientInfos clients) {
    this.currentSessions = currentSessions;
    this.accessTokens = accessTokens;
    this.sessionLists = sessionLists;
    this.sessionRevocation = sessionRevocation;
    this.otherSessionsRevocation = otherSessionsRevocation;
    this.signOuts = signOuts;
    this.clients = clients;
  }

  @GET
  @Path("/get-session")
  public Response getSession(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    String token = BearerTokens.from(authorization);
    Optional<GetSessionUseCase.CurrentSession> current = currentSessions.current(token);
    if (current.isEmpty()) {
      return noStore(Response.ok(JsonValue.NULL.toString())).build();
    }
    AccessToken jwt = accessTokens.token(current.get());
    JsonObject body =
        JsonFactories.object()
            .add("session", AuthResponses.session(current.get().session(), token))
            .add("user", AuthResponses.user(current.get().user()))
            .build();
    return noStore(Response.ok(body)).header("set-auth-jwt", jwt.compact()).build();
  }

  @GET
  @Path("/token")
  public Response token(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    AccessToken jwt = accessTokens.token(BearerTokens.from(authorization));
    return noStore(Response.ok(JsonFactories.object().add("token", jwt.compact()).build())).build();
  }

  @POST
  @Path("/sign-out")
  public Response signOut(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context HttpServletRequest request) {
    String token = BearerTokens.from(authorization);
    if (token == null) {
      throw AuthErrors.DIALECT.refusal(400, "Failed to get session", "FAILED_TO_GET_SESSION");
    }
    signOuts.signOut(token, clients.of(request));
    return noStore(Response.ok(JsonFactories.object().add("success", true).build())).build();
  }

  @GET
  @Path("/list-sessions")
  public Response listSessions(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    String token = BearerTokens.from(authorization);
    ListSessionsUseCase.LiveSessions live = sessionLists.list(token);
    JsonArrayBuilder array = JsonFactories.array();
    live.sessions()
        .forEach(
            s -> array.add(AuthResponses.summary(s).add("current", s.id().equals(live.current()))));
    return noStore(Response.ok(array.build())).build();
  }

  /** Ends a session named by {@code id} or, as Better Auth clients do, by its {@code token}. */
  @POST
  @Path("/revoke-session")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response revokeSession(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context HttpServletRequest request,
      InputStream body) {
    String caller = BearerTokens.from(authorization);
    currentSessions.current(caller).orElseThrow(IdentityFailure.NotAuthenticated::new);
    JsonObject json = AuthBodyReader.readObject(request.getContentType(), body);
    String id = AuthBodyReader.optionalString(json, "id");
    String token = AuthBodyReader.optionalString(json, "token");
    if ((id == null) == (token == null)) {
      throw AuthErrors.DIALECT.refusal(
          400, "Exactly one of 'id' and 'token' is required", "VALIDATION_ERROR");
    }
    SessionId named =
        token == null
            ? new SessionId(id)
            : currentSessions
                .current(token)
                .map(live -> live.session().id())
                .orElseThrow(IdentityFailure.SessionNotFound::new);
    sessionRevocation.revoke(caller, named);
    return status();
  }

  @POST
  @Path("/revoke-other-sessions")
  public Response revokeOthers(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    otherSessionsRevocation.revokeOthers(BearerTokens.from(authorization));
    return status();
  }

  private static Response status() {
    return noStore(Response.ok(JsonFactories.object().add("status", true).build())).build();
  }

  private static Response.ResponseBuilder noStore(Response.ResponseBuilder response) {
    return response.header("Cache-Control", "no-store");
  }
}
