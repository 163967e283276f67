package io.taskguard.adapter.rest.auth;

import io.taskguard.adapter.rest.http.ClientInfos;
import io.taskguard.adapter.rest.http.PublicSite;
import io.taskguard.adapter.rest.json.JsonFactories;
import io.taskguard.application.port.in.RegisterUserUseCase;
import io.taskguard.application.port.in.SignInOutcome;
import io.taskguard.application.port.in.SignInUseCase;
import io.taskguard.application.port.in.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.time.Duration;
import java.time.Instant;

/**
 * Sign-up and sign-in with email and password, as Better Auth's email+password, bearer and jwt
 * plugins answer them: the user, an opaque session token (body and {@code set-auth-token}) and an
 * access JWT ({@code set-auth-jwt}). An account with a second factor is answered as Better Auth's
 * twoFactor plugin answers it: {@code twoFactorRedirect} and a challenge cookie, no session.
 */
@Path("/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class CredentialsResource {

  private final RegisterUserUseCase registration;
  private final SignInUseCase signIn;
  private final ClientInfos clients;
  private final PublicSite site;

  /** How long a trusted device's cookie lasts: as long as the trust, renewed at each use. */
  static final Duration TRUSTED_DEVICE_COOKIE_AGE = Duration.ofDays(30);

  /**
   * For CDI's client proxy, and for JAX-RS, which wants a public constructor before it hands the
   * class to CDI.
   */
  public CredentialsResource() {
    this(null, null, null, null);
  }

  @Inject
  public CredentialsResource(
      RegisterUserUseCase registration,
      SignInUseCase signIn,
      ClientInfos clients,
      PublicSite site) {
    this.registration = registration;
    this.signIn = signIn;
    this.clients = clients;
    this.site = site;
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
    return answer(signedIn, JsonFactories.object()).build();
  }

  @POST
  @Path("/sign-in/email")
  public Response signIn(@Context HttpServletRequest request, InputStream body) {
    JsonObject json = AuthBodyReader.readObject(request.getContentType(), body);
    AuthBodyReader.optionalBoolean(json, "rememberMe");
    if (json.get("rememberMe") == JsonValue.FALSE) {
      request.setAttribute(SessionCookieFilter.DONT_REMEMBER, Boolean.TRUE);
    }
    SignInOutcome outcome =
        signIn.signIn(
            new SignInUseCase.Command(
                AuthBodyReader.optionalString(json, "email"),
                AuthBodyReader.optionalString(json, "password"),
                SignInCookies.read(request, SignInCookies.TRUSTED_DEVICE),
                clients.of(request)));
    SignInCookies cookies = SignInCookies.of(request, site);
    if (outcome.isChallenged()) {
      SignInOutcome.Challenge challenge = outcome.challenge();
      JsonArrayBuilder methods = JsonFactories.array();
      challenge.methods().forEach(methods::add);
      return Response.ok(
              JsonFactories.object()
                  .add("twoFactorRedirect", true)
                  .add("twoFactorMethods", methods)
                  .build())
          .header(
              "Set-Cookie",
              cookies.set(
                  SignInCookies.CHALLENGE,
                  challenge.token(),
                  Duration.between(Instant.now(), challenge.expiresAt())))
          .header("Cache-Control", "no-store")
          .build();
    }
    return opened(outcome, cookies, JsonFactories.object().add("redirect", false)).build();
  }

  /**
   * The answer that opens a session: token and user in the body, the token and a first JWT in
   * headers, and a trusted device's new token in its cookie.
   */
  static Response.ResponseBuilder opened(
      SignInOutcome outcome, SignInCookies cookies, JsonObjectBuilder body) {
    Response.ResponseBuilder answer = answer(outcome.signedIn(), body);
    if (outcome.trustedDevice() != null) {
      answer.header(
          "Set-Cookie",
          cookies.set(
              SignInCookies.TRUSTED_DEVICE, outcome.trustedDevice(), TRUSTED_DEVICE_COOKIE_AGE));
    }
    return answer;
  }

  static Response.ResponseBuilder answer(SignedIn signedIn, JsonObjectBuilder body) {
    if (!signedIn.hasSession()) {
      // the account waits for its address to be verified: no session yet
      return Response.ok(
              body.add("token", JsonValue.NULL)
                  .add("user", AuthResponses.user(signedIn.user()))
                  .build())
          .header("Cache-Control", "no-store");
    }
    return Response.ok(
            body.add("token", signedIn.sessionToken())
                .add("user", AuthResponses.user(signedIn.user()))
                .build())
        .header("set-auth-token", signedIn.sessionToken())
        .header("set-auth-jwt", signedIn.accessToken().compact())
        .header("Cache-Control", "no-store");
  }
}
