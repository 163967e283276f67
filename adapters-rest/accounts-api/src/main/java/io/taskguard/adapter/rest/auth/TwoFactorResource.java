package io.taskguard.adapter.rest.auth;

import io.taskguard.adapter.rest.http.ClientInfos;
import io.taskguard.adapter.rest.http.PublicSite;
import io.taskguard.adapter.rest.json.JsonFactories;
import io.taskguard.application.port.in.DisableTwoFactorUseCase;
import io.taskguard.application.port.in.EnableTwoFactorUseCase;
import io.taskguard.application.port.in.GenerateBackupCodesUseCase;
import io.taskguard.application.port.in.PasswordConfirmedCommand;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.application.port.in.TotpUriUseCase;
import io.taskguard.application.port.in.TrustedDevicesUseCase;
import io.taskguard.application.port.out.TrustedDevices.TrustedDevice;
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
import java.util.List;

/**
 * A signed-in person's second factor, on Better Auth's twoFactor paths: enrol (the code that
 * confirms it is {@code verify-totp}, in {@link ChallengeResource}), show the URI again, make new
 * backup codes, turn it off; and the devices trusted to skip it, which Better Auth does not list.
 */
@Path("/auth/two-factor")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class TwoFactorResource {

  private final EnableTwoFactorUseCase enabling;
  private final TotpUriUseCase uris;
  private final GenerateBackupCodesUseCase backupCodes;
  private final DisableTwoFactorUseCase disabling;
  private final TrustedDevicesUseCase devices;
  private final ClientInfos clients;
  private final PublicSite site;

  /**
   * For CDI's client proxy, and for JAX-RS, which wants a public constructor before it hands the
   * class to CDI.
   */
  public TwoFactorResource() {
    this(null, null, null, null, null, null, null);
  }

  @Inject
  public TwoFactorResource(
      EnableTwoFactorUseCase enabling,
      TotpUriUseCase uris,
      GenerateBackupCodesUseCase backupCodes,
      DisableTwoFactorUseCase disabling,
      TrustedDevicesUseCase devices,
      ClientInfos clients,
      PublicSite site) {
    this.enabling = enabling;
    this.uris = uris;
    this.backupCodes = backupCodes;
    this.disabling = disabling;
    this.devices = devices;
    this.clients = clients;
    this.site = site;
  }

  @POST
  @Path("/enable")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response enable(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context HttpServletRequest request,
      InputStream body) {
    String token = BearerTokens.required(authorization);
    JsonObject json = AuthBodyReader.readObject(request.getContentType(), body);
    EnableTwoFactorUseCase.Enrolment enrolment =
        enabling.enable(
            new EnableTwoFactorUseCase.Command(
                token,
                AuthBodyReader.optionalString(json, "password"),
                AuthBodyReader.optionalString(json, "issuer"),
                clients.of(request)));
    return noStore(
        JsonFactories.object()
            .add("totpURI", enrolment.totpUri())
            .add("totpQRCode", QrCodes.modules(enrolment.totpUri()))
            .add("backupCodes", strings(enrolment.backupCodes())));
  }

  @POST
  @Path("/get-totp-uri")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response totpUri(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context HttpServletRequest request,
      InputStream body) {
    String uri = uris.totpUri(confirmed(authorization, request, body));
    return noStore(
        JsonFactories.object().add("totpURI", uri).add("totpQRCode", QrCodes.modules(uri)));
  }

  @POST
  @Path("/generate-backup-codes")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response generateBackupCodes(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context HttpServletRequest request,
      InputStream body) {
    List<String> codes = backupCodes.generate(confirmed(authorization, request, body));
    return noStore(JsonFactories.object().add("status", true).add("backupCodes", strings(codes)));
  }

  @POST
  @Path("/disable")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response disable(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context HttpServletRequest request,
      InputStream body) {
    SignedIn replaced = disabling.disable(confirmed(authorization, request, body));
    return Response.ok(JsonFactories.object().add("status", true).build())
        .header("set-auth-token", replaced.sessionToken())
        .header("set-auth-jwt", replaced.accessToken().compact())
        .header("Set-Cookie", SignInCookies.of(request, site).clear(SignInCookies.TRUSTED_DEVICE))
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("/list-trusted-devices")
  public Response trustedDevices(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    JsonArrayBuilder list = JsonFactories.array();
    for (TrustedDevice device : devices.list(BearerTokens.required(authorization))) {
      list.add(
          JsonFactories.object()
              .add("id", device.id())
              .add("createdAt", AuthResponses.instant(device.createdAt()))
              .add("lastUsedAt", AuthResponses.instant(device.lastUsedAt()))
              .add("expiresAt", AuthResponses.instant(device.expiresAt()))
              .add("ipAddress", nullable(device.ipAddress()))
              .add("userAgent", nullable(device.userAgent())));
    }
    return Response.ok(list.build()).header("Cache-Control", "no-store").build();
  }

  @POST
  @Path("/revoke-trusted-device")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response revokeTrustedDevice(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context HttpServletRequest request,
      InputStream body) {
    String token = BearerTokens.required(authorization);
    JsonObject json = AuthBodyReader.readObject(request.getContentType(), body);
    devices.forget(token, AuthBodyReader.requiredString(json, "id"), clients.of(request));
    return noStore(JsonFactories.object().add("status", true));
  }

  private PasswordConfirmedCommand confirmed(
      String authorization, HttpServletRequest request, InputStream body) {
    String token = BearerTokens.required(authorization);
    JsonObject json = AuthBodyReader.readObject(request.getContentType(), body);
    return new PasswordConfirmedCommand(
        token, AuthBodyReader.optionalString(json, "password"), clients.of(request));
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder array = JsonFactories.array();
    values.forEach(array::add);
    return array;
  }

  private static JsonValue nullable(String value) {
    return value == null ? JsonValue.NULL : JsonFactories.string(value);
  }

  private static Response noStore(jakarta.json.JsonObjectBuilder body) {
    return Response.ok(body.build()).header("Cache-Control", "no-store").build();
  }
}
