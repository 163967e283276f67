package io.taskguard.adapter.rest.auth;

import io.taskguard.adapter.rest.http.ClientInfos;
import io.taskguard.adapter.rest.json.JsonFactories;
import io.taskguard.application.port.in.RegisterUserUseCase;
import io.taskguard.application.port.in.SignInUseCase;
import io.taskguard.application.port.in.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * Sign-up and sign-in with email and password, as Better Auth's email+password, bearer and jwt
 * plugins answer them: the user, an opaque session token (body and {@code set-auth-token}) and an
 * access JWT ({@code set-auth-jwt}).
 */
@Path("/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class CredentialsResource {

  private final RegisterUserUseCase registration;
  private final SignInUseCase signIn;
  private final ClientInfos clients;

  /**
   * For CDI's client proxy, and for JAX-RS, which wants a public constructor before it hands the
   * class to CDI.
   */
  public CredentialsResource() {
    this(null, null, null);
  }

  @Inject
  public CredentialsResource(
      RegisterUserUseCase registration, SignInUseCase signIn, ClientInfos clients) {
    this.registration = registration;
    this.signIn = signIn;
    this.clients = clients;
  }

  @POST
  @Path("/sign-up/email")
  public Response signUp(@Context HttpServletRequest request, InputStream body) {
    JsonObject json = AuthBodyReader.readObject(request.getContentType(), body);
    SignedIn signedIn =
        registration.register(
            new RegisterUserUseCase.Command(
                AuthBodyReader.optionalString(json, "email"),
                AuthBodyReader.optionalString(json, "password"),
                AuthBodyReader.optionalString(json, "name"),
                AuthBodyReader.optionalString(json, "image"),
                clients.of(request)));
    return answer(signedIn, JsonFactories.object());
  }

  @POST
  @Path("/sign-in/email")
  public Response signIn(@Context HttpServletRequest request, InputStream body) {
    JsonObject json = AuthBodyReader.readObject(request.getContentType(), body);
    SignedIn signedIn =
        signIn.signIn(
            new SignInUseCase.Command(
                AuthBodyReader.optionalString(json, "email"),
                AuthBodyReader.optionalString(json, "password"),
                clients.of(request)));
    return answer(signedIn, JsonFactories.object().add("redirect", false));
  }

  static Response answer(SignedIn signedIn, jakarta.json.JsonObjectBuilder body) {
    if (!signedIn.hasSession()) {
      // the account waits for its address to be verified: no session yet
      return Response.ok(
              body.add("token", JsonValue.NULL)
                  .add("user", AuthResponses.user(signedIn.user()))
                  .build())
          .header("Cache-Control", "no-store")
          .build();
    }
    return Response.ok(
            body.add("token", signedIn.sessionToken())
                .add("user", AuthResponses.user(signedIn.user()))
                .build())
        .header("set-auth-token", signedIn.sessionToken())
        .header("set-auth-jwt", signedIn.accessToken().compact())
        .header("Cache-Control", "no-store")
        .build();
  }
}
