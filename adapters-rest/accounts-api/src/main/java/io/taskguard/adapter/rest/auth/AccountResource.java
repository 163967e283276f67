package io.taskguard.adapter.rest.auth;

import io.taskguard.adapter.rest.http.ClientInfos;
import io.taskguard.adapter.rest.http.PublicSite;
import io.taskguard.adapter.rest.json.JsonFactories;
import io.taskguard.application.port.in.ChangeEmailUseCase;
import io.taskguard.application.port.in.ChangePasswordUseCase;
import io.taskguard.application.port.in.CheckResetTokenUseCase;
import io.taskguard.application.port.in.ClientInfo;
import io.taskguard.application.port.in.DeleteAccountUseCase;
import io.taskguard.application.port.in.FieldPatch;
import io.taskguard.application.port.in.RequestPasswordResetUseCase;
import io.taskguard.application.port.in.ResetPasswordUseCase;
import io.taskguard.application.port.in.SendVerificationEmailUseCase;
import io.taskguard.application.port.in.UpdateProfileUseCase;
import io.taskguard.application.port.in.VerifyEmailUseCase;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.IdentityFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;

/**
 * The account lifecycle as Better Auth's client calls it: change and reset the password, verify and
 * change the email, update the profile, delete the account. Where Better Auth is weak this is
 * stronger (specs/accounts.md, "Account lifecycle"); the paths, bodies and codes are the same.
 */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class AccountResource {

  private static final String INVALID_CALLBACK = "INVALID_CALLBACK_URL";
  private static final String INVALID_REDIRECT = "INVALID_REDIRECT_URL";

  private final ChangePasswordUseCase passwordChange;
  private final RequestPasswordResetUseCase resetRequests;
  private final CheckResetTokenUseCase resetTokens;
  private final ResetPasswordUseCase passwordReset;
  private final SendVerificationEmailUseCase verificationMails;
  private final VerifyEmailUseCase emailVerification;
  private final ChangeEmailUseCase emailChange;
  private final UpdateProfileUseCase profileUpdate;
  private final DeleteAccountUseCase accountDeletion;
  private final ClientInfos clients;
  private final PublicSite site;

  /**
   * For CDI's client proxy, and for JAX-RS, which wants a public constructor before it hands the
   * class to CDI.
   */
  public AccountResource() {
    this(null, null, null, null, null, null, null, null, null, null, null);
  }

  @Inject
  public AccountResource(
      ChangePasswordUseCase passwordChange,
      RequestPasswordResetUseCase resetRequests,
      CheckResetTokenUseCase resetTokens,
      ResetPasswordUseCase passwordReset,
      SendVerificationEmailUseCase verificationMails,
      VerifyEmailUseCase emailVerification,
      ChangeEmailUseCase emailChange,
      UpdateProfileUseCase profileUpdate,
      DeleteAccountUseCase accountDeletion,
      ClientInfos clients,
      PublicSite site) {
    this.passwordChange = passwordChange;
    this.resetRequests = resetRequests;
    this.resetTokens = resetTokens;
    this.passwordReset = passwordReset;
    this.verificationMails = verificationMails;
    this.emailVerification = emailVerification;
    this.emailChange = emailChange;
    this.profileUpdate = profileUpdate;
    this.accountDeletion = accountDeletion;
    this.clients = clients;
    this.site = site;
  }

  @POST
  @Path("/change-password")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response changePassword(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context HttpServletRequest request,
      InputStream body) {
    String token = BearerTokens.required(authorization);
    JsonObject json = AuthBodyReader.readObject(request.getContentType(), body);
    ChangePasswordUseCase.Changed changed =
        passwordChange.change(
            new ChangePasswordUseCase.Command(
                token,
                AuthBodyReader.requiredString(json, "currentPassword"),
                AuthBodyReader.requiredString(json, "newPassword"),
                AuthBodyReader.optionalBoolean(json, "revokeOtherSessions"),
                clients.of(request)));
    Response.ResponseBuilder answer =
        noStore(
            Response.ok(
                JsonFactories.object()
                    .add(
                        "token",
                        changed
                            .sessionToken()
                            .<JsonValue>map(JsonFactories::string)
                            .orElse(JsonValue.NULL))
                    .add("user", AuthResponses.user(changed.user()))
                    .build()));
    changed.sessionToken().ifPresent(kept -> answer.header("set-auth-token", kept));
    return answer.build();
  }

  @POST
  @Path("/request-password-reset")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response requestPasswordReset(@Context HttpServletRequest request, InputStream body) {
    AnswerFloor floor = new AnswerFloor();
    JsonObject json = AuthBodyReader.readObject(request.getContentType(), body);
    String email = AuthBodyReader.requiredString(json, "email");
    String redirectTo =
        trusted(AuthBodyReader.optionalString(json, "redirectTo"), INVALID_REDIRECT);
    resetRequests.requestReset(
        new RequestPasswordResetUseCase.Command(email, redirectTo, clients.of(request)));
    floor.await();
    return noStore(
            Response.ok(
                JsonFactories.object()
                    .add("status", true)
                    .add(
                        "message",
                        "If this email exists in our system, check your email for the reset link")
                    .build()))
        .build();
  }

  /**
   * The mailed reset link: on to the page that asks for the new password, with the token. Without
   * {@code callbackURL} (Better Auth answers 400 there) it says whether the token would still reset
   * a password, without using it.
   */
  @GET
  @Path("/reset-password/{token}")
  public Response resetPasswordLink(
      @PathParam("token") String token, @QueryParam("callbackURL") String callbackUrl) {
    if (callbackUrl == null) {
      return noStore(
              Response.ok(
                  JsonFactories.object().add("status", resetTokens.resetTokenValid(token)).build()))
          .build();
    }
    String callback = callbackUrl.isEmpty() ? MailLinks.RESET_PAGE : callbackUrl;
    if (!site.trusts(callback)) {
      throw AuthErrors.DIALECT.refusal(403, "Invalid callbackURL", INVALID_CALLBACK);
    }
    String target = site.absolute(callback);
    String location =
        resetTokens.resetTokenValid(token)
            ? PublicSite.withParameter(target, "token", token)
            : PublicSite.withParameter(target, "error", "INVALID_TOKEN");
    return redirect(location);
  }

  @POST
  @Path("/reset-password")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response resetPassword(
      @QueryParam("token") String queryToken,
      @Context HttpServletRequest request,
      InputStream body) {
    JsonObject json = AuthBodyReader.readObject(request.getContentType(), body);
    String newPassword = AuthBodyReader.requiredString(json, "newPassword");
    String token =
        Optional.ofNullable(AuthBodyReader.optionalString(json, "token")).orElse(queryToken);
    Email account =
        passwordReset.reset(
            new ResetPasswordUseCase.Command(
                token == null ? "" : token, newPassword, clients.of(request)));
    // additive to Better Auth's answer: the address the link went to, for the sign-in form
    return noStore(
            Response.ok(
                JsonFactories.object().add("status", true).add("email", account.value()).build()))
        .build();
  }

  @POST
  @Path("/send-verification-email")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response sendVerificationEmail(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context HttpServletRequest request,
      InputStream body) {
    AnswerFloor floor = new AnswerFloor();
    String token = BearerTokens.from(authorization);
    JsonObject json = AuthBodyReader.readObject(request.getContentType(), body);
    String email = AuthBodyReader.requiredString(json, "email");
    String callback = trusted(AuthBodyReader.optionalString(json, "callbackURL"), INVALID_CALLBACK);
    Optional<SendVerificationEmailUseCase.Outcome> outcome =
        verificationMails.sendVerification(
            new SendVerificationEmailUseCase.Command(
                Optional.ofNullable(token), email, callback, clients.of(request)));
    floor.await();
    return outcome.map(AccountResource::verificationSent).orElseGet(AccountResource::status);
  }

  /**
   * Better Auth's {@code {"status":true}}, and for the account's own session what happened: {@code
   * mailed}, and when the account's mail limit held the link back, {@code retryAfter} (seconds).
   */
  private static Response verificationSent(SendVerificationEmailUseCase.Outcome outcome) {
    var json = JsonFactories.object().add("status", true).add("mailed", outcome.mailed());
    outcome
        .heldBackFor()
        .ifPresent(wait -> json.add("retryAfter", Math.max(1, (wait.toMillis() + 999) / 1000)));
    return noStore(Response.ok(json.build())).build();
  }

  /**
   * The mailed verification link. Without {@code callbackURL} the answer is JSON; with it, a
   * redirect there, carrying {@code error=CODE} when the link did not work.
   */
  @GET
  @Path("/verify-email")
  public Response verifyEmail(
      @QueryParam("token") String token,
      @QueryParam("callbackURL") String callbackUrl,
      @Context HttpServletRequest request) {
    if (token == null) {
      throw validation("token is required");
    }
    String callback = trusted(callbackUrl, INVALID_CALLBACK);
    ClientInfo client = clients.of(request);
    if (callback == null) {
      VerifyEmailUseCase.Verified verified = emailVerification.verify(token, client);
      return noStore(
              Response.ok(
                  JsonFactories.object()
                      .add("status", true)
                      .add(
                          "user",
                          verified
                              .changed()
                              .<JsonValue>map(AuthResponses::user)
                              .orElse(JsonValue.NULL))
                      .build()))
          .build();
    }
    try {
      emailVerification.verify(token, client);
      return redirect(site.absolute(callback));
    } catch (IdentityFailure failure) {
      return redirect(
          PublicSite.withParameter(
              site.absolute(callback), "error", AuthErrors.of(failure).code()));
    }
  }

  @POST
  @Path("/update-user")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response updateUser(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context HttpServletRequest request,
      InputStream body) {
    String token = BearerTokens.required(authorization);
    JsonObject json = AuthBodyReader.readObject(request.getContentType(), body);
    String email = AuthBodyReader.optionalString(json, "email");
    if (email != null && !email.isEmpty()) {
      throw AuthErrors.DIALECT.refusal(400, "Email can not be updated", "EMAIL_CAN_NOT_BE_UPDATED");
    }
    if (!json.containsKey("name") && !json.containsKey("image")) {
      throw AuthErrors.DIALECT.refusal(400, "No fields to update", "NO_FIELDS_TO_UPDATE");
    }
    if (json.containsKey("name") && json.isNull("name")) {
      throw validation("Field 'name' must be a string");
    }
    Optional<String> name = Optional.ofNullable(AuthBodyReader.optionalString(json, "name"));
    FieldPatch<String> image =
        json.containsKey("image")
            ? FieldPatch.replaceWith(AuthBodyReader.optionalString(json, "image"))
            : FieldPatch.keep();
    profileUpdate.updateProfile(
        new UpdateProfileUseCase.Command(token, name, image, clients.of(request)));
    return status();
  }

  @POST
  @Path("/change-email")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response changeEmail(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context HttpServletRequest request,
      InputStream body) {
    AnswerFloor floor = new AnswerFloor();
    String token = BearerTokens.required(authorization);
    JsonObject json = AuthBodyReader.readObject(request.getContentType(), body);
    String newEmail = AuthBodyReader.requiredString(json, "newEmail");
    String callback = trusted(AuthBodyReader.optionalString(json, "callbackURL"), INVALID_CALLBACK);
    emailChange.change(
        new ChangeEmailUseCase.Command(token, newEmail, callback, clients.of(request)));
    floor.await();
    return status();
  }

  @POST
  @Path("/delete-user")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response deleteUser(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context HttpServletRequest request,
      InputStream body) {
    String token = BearerTokens.required(authorization);
    JsonObject json = AuthBodyReader.readObject(request.getContentType(), body);
    trusted(AuthBodyReader.optionalString(json, "callbackURL"), INVALID_CALLBACK);
    if (AuthBodyReader.optionalString(json, "token") != null) {
      // deletion by a mailed link is not offered: a token can only be one that was never issued
      throw AuthErrors.DIALECT.refusal(404, "Invalid token", "INVALID_TOKEN");
    }
    accountDeletion.delete(
        new DeleteAccountUseCase.Command(
            token,
            Optional.ofNullable(AuthBodyReader.optionalString(json, "password")),
            clients.of(request)));
    return noStore(
            Response.ok(
                JsonFactories.object().add("success", true).add("message", "User deleted").build()))
        .build();
  }

  /** {@code url} when it is absent or trusted; 403 with {@code code} otherwise. */
  private String trusted(String url, String code) {
    if (url == null || site.trusts(url)) {
      return url;
    }
    String message = code.equals(INVALID_REDIRECT) ? "Invalid redirectURL" : "Invalid callbackURL";
    throw AuthErrors.DIALECT.refusal(403, message, code);
  }

  private static io.taskguard.adapter.rest.http.Refusal validation(String message) {
    return AuthErrors.DIALECT.refusal(400, message, "VALIDATION_ERROR");
  }

  private static Response redirect(String location) {
    return noStore(Response.status(Response.Status.FOUND).location(URI.create(location))).build();
  }

  private static Response status() {
    return noStore(Response.ok(JsonFactories.object().add("status", true).build())).build();
  }

  private static Response.ResponseBuilder noStore(Response.ResponseBuilder response) {
    return response.header("Cache-Control", "no-store");
  }
}
