package io.taskguard.adapter.rest.auth;

import io.taskguard.adapter.rest.http.ClientInfos;
import io.taskguard.adapter.rest.json.JsonFactories;
import io.taskguard.application.port.in.GetSessionUseCase;
import io.taskguard.application.port.in.PasskeyRegistrationUseCase;
import io.taskguard.application.port.in.PasskeyRegistrationUseCase.RegistrationOptions;
import io.taskguard.application.port.in.PasskeySignInUseCase;
import io.taskguard.application.port.in.PasskeySignInUseCase.AuthenticationOptions;
import io.taskguard.application.port.in.PasskeysUseCase;
import io.taskguard.application.port.in.SignedIn;
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
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Passkeys on the paths of Better Auth's passkey plugin, with WebAuthn's JSON options (what
 * SimpleWebAuthn and {@code PublicKeyCredential.parseCreationOptionsFromJSON} read). Unlike Better
 * Auth, user verification is required and the challenge is found from the response itself (no
 * cookie), taken once on whichever server the response reaches.
 */
@Path("/auth/passkey")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PasskeyResource {

  static final long TIMEOUT_MILLIS = 300_000;
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final PasskeyRegistrationUseCase registration;
  private final PasskeySignInUseCase signIn;
  private final PasskeysUseCase passkeys;
  private final GetSessionUseCase sessions;
  private final ClientInfos clients;

  /**
   * For CDI's client proxy, and for JAX-RS, which wants a public constructor before it hands the
   * class to CDI.
   */
  public PasskeyResource() {
    this(null, null, null, null, null);
  }

  @Inject
  public PasskeyResource(
      PasskeyRegistrationUseCase registration,
      PasskeySignInUseCase signIn,
      PasskeysUseCase passkeys,
      GetSessionUseCase sessions,
      ClientInfos clients) {
    this.registration = registration;
    this.signIn = signIn;
    this.passkeys = passkeys;
    this.sessions = sessions;
    this.clients = clients;
  }

  @GET
  @Path("/generate-register-options")
  public Response registerOptions(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    RegistrationOptions options =
        registration.registrationOptions(BearerTokens.required(authorization));
    JsonArrayBuilder exclude = JsonFactories.array();
    options
        .existingCredentialIds()
        .forEach(
            id ->
                exclude.add(
                    JsonFactories.object()
                        .add("id", BASE64URL.encodeToString(id))
                        .add("type", "public-key")));
    String userId = options.user().id().value();
    return noStore(
        JsonFactories.object()
            .add("challenge", BASE64URL.encodeToString(options.challenge()))
            .add(
                "rp",
                JsonFactories.object()
                    .add("name", options.rp().rpName())
                    .add("id", options.rp().rpId()))
            .add(
                "user",
                JsonFactories.object()
                    .add("id", BASE64URL.encodeToString(userId.getBytes(StandardCharsets.UTF_8)))
                    .add("name", options.user().email().value())
                    .add(
                        "displayName",
                        options.user().name().isBlank()
                            ? options.user().email().value()
                            : options.user().name()))
            .add(
                "pubKeyCredParams",
                JsonFactories.array()
                    .add(JsonFactories.object().add("alg", -7).add("type", "public-key"))
                    .add(JsonFactories.object().add("alg", -257).add("type", "public-key")))
            .add("timeout", TIMEOUT_MILLIS)
            .add("excludeCredentials", exclude)
            .add(
                "authenticatorSelection",
                JsonFactories.object()
                    .add("residentKey", "required")
                    .add("requireResidentKey", true)
                    .add("userVerification", "required"))
            .add("attestation", "none")
            .add("extensions", JsonFactories.object().add("credProps", true))
            .build());
  }

  @POST
  @Path("/verify-registration")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response verifyRegistration(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context HttpServletRequest request,
      InputStream body) {
    String token = BearerTokens.required(authorization);
    JsonObject json = AuthBodyReader.readObject(request.getContentType(), body);
    return noStore(
        PasskeyJson.of(
            registration.register(
                token,
                response(json),
                AuthBodyReader.optionalString(json, "name"),
                clients.of(request))));
  }

  @GET
  @Path("/generate-authenticate-options")
  public Response authenticateOptions(@Context HttpServletRequest request) {
    AuthenticationOptions options = signIn.authenticationOptions(clients.of(request));
    return noStore(
        JsonFactories.object()
            .add("challenge", BASE64URL.encodeToString(options.challenge()))
            .add("timeout", TIMEOUT_MILLIS)
            .add("rpId", options.rp().rpId())
            .add("allowCredentials", JsonFactories.array())
            .add("userVerification", "required")
            .build());
  }

  @POST
  @Path("/verify-authentication")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response verifyAuthentication(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context HttpServletRequest request,
      InputStream body) {
    JsonObject json = AuthBodyReader.readObject(request.getContentType(), body);
    String sessionToken = BearerTokens.from(authorization);
    // a live session steps up; none, or an ended one (a stale cookie), signs in
    SignedIn signedIn =
        sessionToken != null && sessions.current(sessionToken).isPresent()
            ? signIn.stepUp(sessionToken, response(json), clients.of(request))
            : signIn.signIn(response(json), clients.of(request));
    return CredentialsResource.answer(
            signedIn,
            JsonFactories.object()
                .add("session", AuthResponses.session(signedIn.session(), signedIn.sessionToken())))
        .build();
  }

  @GET
  @Path("/list-user-passkeys")
  public Response list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    JsonArrayBuilder list = JsonFactories.array();
    passkeys.list(BearerTokens.required(authorization)).forEach(p -> list.add(PasskeyJson.of(p)));
    return noStore(list.build());
  }

  @POST
  @Path("/update-passkey")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context HttpServletRequest request,
      InputStream body) {
    String token = BearerTokens.required(authorization);
    JsonObject json = AuthBodyReader.readObject(request.getContentType(), body);
    return noStore(
        JsonFactories.object()
            .add(
                "passkey",
                PasskeyJson.of(
                    passkeys.rename(
                        token,
                        AuthBodyReader.requiredString(json, "id"),
                        AuthBodyReader.requiredString(json, "name"))))
            .build());
  }

  @POST
  @Path("/delete-passkey")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response delete(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context HttpServletRequest request,
      InputStream body) {
    String token = BearerTokens.required(authorization);
    JsonObject json = AuthBodyReader.readObject(request.getContentType(), body);
    passkeys.remove(token, AuthBodyReader.requiredString(json, "id"), clients.of(request));
    return noStore(JsonFactories.object().add("status", true).build());
  }

  /**
   * The {@code response} object (a browser's PublicKeyCredential JSON), as text for the verifier.
   */
  private static String response(JsonObject json) {
    JsonValue response = json.get("response");
    if (response == null || response.getValueType() != JsonValue.ValueType.OBJECT) {
      throw AuthErrors.DIALECT.refusal(
          400, "Field 'response' must be an object", "VALIDATION_ERROR");
    }
    return response.toString();
  }

  private static Response noStore(JsonValue body) {
    return Response.ok(body).header("Cache-Control", "no-store").build();
  }
}
