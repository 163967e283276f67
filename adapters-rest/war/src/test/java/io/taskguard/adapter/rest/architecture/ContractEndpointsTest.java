package io.taskguard.adapter.rest.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskguard.adapter.rest.openapi.OpenApiServlet;
import io.taskguard.devtools.OpenApiDocument;
import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The endpoints the code serves are the endpoints the contracts describe, no more and no fewer:
 * every JAX-RS resource method and the discovery servlet, against every operation of the OpenAPI
 * document the build makes from specs/contracts (which is what {@code /openapi} publishes).
 */
class ContractEndpointsTest {

  /** Where the inbound HTTP adapters live. */
  static final String INBOUND = "io.taskguard.adapter.rest";

  @Test
  void theCodeServesExactlyTheOperationsTheContractsDescribe() throws Exception {
    Set<String> documented = new TreeSet<>();
    Map<String, Object> paths =
        OpenApiDocument.map(
            OpenApiDocument.merge(java.nio.file.Path.of("../../specs/contracts")).get("paths"));
    paths.forEach(
        (path, item) ->
            OpenApiDocument.map(item).keySet().stream()
                .filter(key -> key.matches("get|put|post|delete|patch|head|options"))
                .forEach(method -> documented.add(operation(method, path))));

    assertEquals(documented, served());
  }

  /**
   * Every resource method of every JAX-RS application (the resources it lists, under its path), and
   * every servlet but the container's error page and {@code /openapi} (the description itself).
   */
  private static Set<String> served() throws ReflectiveOperationException {
    Set<String> served = new TreeSet<>();
    for (var type : TaskguardClasses.production()) {
      if (!type.getPackageName().startsWith(INBOUND)) {
        continue;
      }
      Class<?> reflected = type.reflect();
      ApplicationPath root = reflected.getAnnotation(ApplicationPath.class);
      if (root != null) {
        Application application = (Application) reflected.getDeclaredConstructor().newInstance();
        for (Class<?> listed : application.getClasses()) {
          Path resource = listed.getAnnotation(Path.class);
          for (Method method : resource == null ? new Method[0] : listed.getDeclaredMethods()) {
            String verb = httpMethod(method);
            if (verb != null) {
              Path sub = method.getAnnotation(Path.class);
              served.add(
                  operation(
                      verb, join(root.value(), resource.value(), sub == null ? "" : sub.value())));
            }
          }
        }
      }
      WebServlet servlet = reflected.getAnnotation(WebServlet.class);
      if (servlet != null
          && !servlet.urlPatterns()[0].startsWith("/_")
          && reflected != OpenApiServlet.class) {
        served.add(operation("get", servlet.urlPatterns()[0]));
      }
    }
    return served;
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value().toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  private static String join(String... parts) {
    StringBuilder path = new StringBuilder();
    for (String part : parts) {
      String trimmed = part.replaceAll("^/+|/+$", "");
      if (!trimmed.isEmpty()) {
        path.append('/').append(trimmed);
      }
    }
    return path.toString();
  }

  /** {@code get /api/users/{}/tasks}: path parameters compared by position, not by name. */
  private static String operation(String method, String path) {
    return method + " " + path.replaceAll("\\{[^}]*}", "{}");
  }
}
