package io.taskguard.adapter.rest.auth;

import io.taskguard.adapter.rest.json.JsonFactories;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code /.well-known/openid-configuration} at the server root, so standard JWT libraries find the
 * issuer, the JWKS and the signing algorithm without being told.
 */
@WebServlet(urlPatterns = "/.well-known/openid-configuration")
public class DiscoveryServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The claims of taskguard's access JWTs (spec D-3). */
  private static final List<String> CLAIMS =
      List.of(
          "iss",
          "aud",
          "sub",
          "iat",
          "exp",
          "jti",
          "sid",
          "groups",
          "id",
          "email",
          "name",
          "emailVerified",
          "image",
          "createdAt",
          "updatedAt");

  private static final String ALLOW = "GET, HEAD, OPTIONS";

  /**
   * Every method but GET, HEAD and OPTIONS is refused here with 405, {@code Allow} and JSON,
   * including those {@link HttpServlet} does not know (it would answer them with an HTML 501).
   * OPTIONS is 204 with {@code Allow} and no body.
   */
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    switch (request.getMethod()) {
      case "GET", "HEAD" -> super.service(request, response);
      case "OPTIONS" -> {
        response.setHeader("Allow", ALLOW);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      }
      default -> {
        response.setHeader("Allow", ALLOW);
        AuthErrors.DIALECT.write(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      }
    }
  }

  /**
   * Never called ({@link #service} answers TRACE), but declared: Liberty refuses TRACE with an
   * empty 403 before the servlet runs when the servlet keeps {@link HttpServlet}'s own
   * implementation.
   */
  @Override
  protected void doTrace(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Allow", ALLOW);
    AuthErrors.DIALECT.write(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String issuer =
        ConfigProvider.getConfig()
            .getOptionalValue("taskguard.jwt.issuer", String.class)
            .orElse("http://localhost:9080");
    String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    String body =
        JsonFactories.object()
            .add("issuer", issuer)
            .add("jwks_uri", base + "/api/auth/jwks")
            .add("id_token_signing_alg_values_supported", JsonFactories.array().add("RS256"))
            .add("subject_types_supported", JsonFactories.array().add("public"))
            .add("response_types_supported", JsonFactories.array().add("token"))
            .add("claims_supported", JsonFactories.BUILDERS.createArrayBuilder(CLAIMS))
            .build()
            .toString();
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "public, max-age=300");
    response.getWriter().write(body);
  }
}
