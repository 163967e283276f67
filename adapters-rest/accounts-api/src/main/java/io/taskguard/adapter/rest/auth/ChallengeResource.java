package io.taskguard.adapter.rest.auth;

import io.taskguard.adapter.rest.http.ClientInfos;
import io.taskguard.adapter.rest.http.PublicSite;
import io.taskguard.adapter.rest.json.JsonFactories;
import io.taskguard.application.port.in.AnswerChallengeUseCase;
import io.taskguard.application.port.in.AnswerChallengeUseCase.Method;
import io.taskguard.application.port.in.ConfirmTotpUseCase;
import io.taskguard.application.port.in.GetSessionUseCase;
import io.taskguard.application.port.in.SendChallengeCodeUseCase;
import io.taskguard.application.port.in.SignInOutcome;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.domain.user.IdentityFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * The second step of a sign-in, on Better Auth's twoFactor paths: a code from the authenticator
 * app, a backup code or a mailed code, answered with the challenge cookie that the first step set.
 * {@code verify-totp} with a session (which wins over a challenge cookie, as in Better Auth)
 * instead confirms an enrolment, or proves the factor again without a new session.
 */
@Path("/auth/two-factor")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ChallengeResource {

  private final AnswerChallengeUseCase answers;
  private final SendChallengeCodeUseCase mailedCodes;
  private final ConfirmTotpUseCase confirmations;
  private final GetSessionUseCase sessions;
  private final ClientInfos clients;
  private final PublicSite site;

  /**
   * For CDI's client proxy, and for JAX-RS, which wants a public constructor before it hands the
   * class to CDI.
   */
  public ChallengeResource() {
    this(null, null, null, null, null, null);
  }

  @Inject
  public ChallengeResource(
      AnswerChallengeUseCase answers,
      SendChallengeCodeUseCase mailedCodes,
      ConfirmTotpUseCase confirmations,
      GetSessionUseCase sessions,
      ClientInfos clients,
      PublicSite site) {
    this.answers = answers;
    this.mailedCodes = mailedCodes;
    this.confirmations = confirmations;
    this.sessions = sessions;
    this.clients = clients;
    this.site = site;
  }

  @POST
  @Path("/verify-totp")
  public Response verifyTotp(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context HttpServletRequest request,
      InputStream body) {
    JsonObject json = AuthBodyReader.readObject(request.getContentType(), body);
    String sessionToken = BearerTokens.from(authorization);
    if (sessionToken != null && sessions.current(sessionToken).isPresent()) {
      SignedIn signedIn =
          confirmations.confirm(
              new ConfirmTotpUseCase.Command(sessionToken, code(json), clients.of(request)));
      return CredentialsResource.answer(signedIn, JsonFactories.object()).build();
    }
    return answer(request, json, Method.TOTP);
  }

  @POST
  @Path("/verify-backup-code")
  public Response verifyBackupCode(@Context HttpServletRequest request, InputStream body) {
    return answer(
        request, AuthBodyReader.readObject(request.getContentType(), body), Method.BACKUP_CODE);
  }

  @POST
  @Path("/verify-otp")
  public Response verifyOtp(@Context HttpServletRequest request, InputStream body) {
    return answer(
        request, AuthBodyReader.readObject(request.getContentType(), body), Method.MAILED_CODE);
  }

  @POST
  @Path("/send-otp")
  public Response sendOtp(@Context HttpServletRequest request, InputStream body) {
    AuthBodyReader.readObject(request.getContentType(), body);
    mailedCodes.send(challenge(request), clients.of(request));
    return Response.ok(JsonFactories.object().add("status", true).build())
        .header("Cache-Control", "no-store")
        .build();
  }

  private Response answer(HttpServletRequest request, JsonObject json, Method method) {
    String code = code(json);
    boolean trustDevice = AuthBodyReader.optionalBoolean(json, "trustDevice");
    SignInOutcome outcome =
        answers.answer(
            new AnswerChallengeUseCase.Command(
                challenge(request), method, code, trustDevice, clients.of(request)));
    SignInCookies cookies = SignInCookies.of(request, site);
    return CredentialsResource.opened(outcome, cookies, JsonFactories.object())
        .header("Set-Cookie", cookies.clear(SignInCookies.CHALLENGE))
        .build();
  }

  private static String challenge(HttpServletRequest request) {
    String token = SignInCookies.read(request, SignInCookies.CHALLENGE);
    if (token == null) {
      throw new IdentityFailure.NoChallenge();
    }
    return token;
  }

  private static String code(JsonObject json) {
    String code = AuthBodyReader.optionalString(json, "code");
    if (code == null) {
      throw new IdentityFailure.InvalidInput(IdentityFailure.InvalidInput.Rule.CODE_MISSING);
    }
    return code;
  }
}
