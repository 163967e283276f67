package io.taskguard.adapter.rest.auth;

import io.taskguard.adapter.rest.json.JsonFactories;
import io.taskguard.application.port.in.PasswordCheckUseCase;
import io.taskguard.domain.user.IdentityFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
 * taskguard's own addition: the verdict sign-up, a password change and a reset would give a
 * password, for a strength meter beside the field. It stores nothing, needs no session and answers
 * every caller alike, since the rules are public; the password goes no further than the estimate.
 */
@Path("/auth/password-check")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PasswordCheckResource {

  private final PasswordCheckUseCase passwords;

  /** For CDI's client proxy, and for JAX-RS, which wants a public constructor. */
  public PasswordCheckResource() {
    this(null);
  }

  @Inject
  public PasswordCheckResource(PasswordCheckUseCase passwords) {
    this.passwords = passwords;
  }

  /**
   * {@code {"acceptable", "score", "minimumScore", "code", "message", "warning", "suggestions"}}:
   * {@code code} and {@code message} are what setting the password would be refused with, or null.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response check(@Context HttpServletRequest request, InputStream body) {
    JsonObject json = AuthBodyReader.readObject(request.getContentType(), body);
    PasswordCheckUseCase.Verdict verdict =
        passwords.check(
            AuthBodyReader.requiredString(json, "password"),
            AuthBodyReader.optionalString(json, "email"),
            AuthBodyReader.optionalString(json, "name"));
    JsonObjectBuilder answer =
        JsonFactories.object()
            .add("acceptable", verdict.acceptable())
            .add("score", verdict.score())
            .add("minimumScore", verdict.minimumScore());
    verdict
        .refusedBy()
        .map(rule -> AuthErrors.of(new IdentityFailure.WeakPassword(rule)))
        .ifPresentOrElse(
            refusal -> answer.add("code", refusal.code()).add("message", refusal.message()),
            () -> answer.addNull("code").addNull("message"));
    JsonArrayBuilder suggestions = JsonFactories.array();
    verdict.suggestions().forEach(suggestions::add);
    return Response.ok(
            answer.add("warning", verdict.warning()).add("suggestions", suggestions).build())
        .header("Cache-Control", "no-store")
        .build();
  }
}
