package io.taskguard.adapter.rest.openapi;

import io.taskguard.adapter.rest.auth.AuthErrors;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The OpenAPI document at {@code /openapi}, as the build made it from specs/contracts: YAML unless
 * the client asks for JSON ({@code ?format=json}, or {@code Accept: application/json} without a
 * format), as MicroProfile OpenAPI serves it. The WAR serves the built files itself rather than
 * through Liberty's {@code mpOpenAPI} feature, whose start-up cost bought nothing here: the
 * document is fixed at build time.
 */
@WebServlet(urlPatterns = "/openapi")
public class OpenApiServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String YAML = "application/yaml;charset=UTF-8";
  private static final String JSON = "application/json;charset=UTF-8";

  private transient byte[] yaml;
  private transient byte[] json;

  @Override
  public void init() {
    yaml = read("META-INF/openapi.yaml");
    json = read("META-INF/openapi.json");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String format = request.getParameter("format");
    boolean asJson;
    if (format == null) {
      String accept = request.getHeader("Accept");
      asJson = accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json");
    } else if (format.equalsIgnoreCase("json")) {
      asJson = true;
    } else if (format.equalsIgnoreCase("yaml")) {
      asJson = false;
    } else {
      AuthErrors.DIALECT.write(response, HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    byte[] body = asJson ? json : yaml;
    response.setContentType(asJson ? JSON : YAML);
    response.setHeader("Vary", "Accept");
    response.setHeader("Cache-Control", "no-cache");
    response.setContentLength(body.length);
    // for HEAD, HttpServlet's own handling counts the body and sends none
    response.getOutputStream().write(body);
  }

  private static byte[] read(String resource) {
    try (InputStream in = OpenApiServlet.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not in the WAR: the build makes it");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
