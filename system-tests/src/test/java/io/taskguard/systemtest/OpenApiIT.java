package io.taskguard.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What {@code /openapi} publishes agrees with specs/contracts: every path and method of each
 * contract under its server URL, the same response status codes, the same required request and
 * response fields, the same query parameters, and the contract's security; grouped as accounts,
 * tasks and operator, with the bearer scheme of the task API; the same document as JSON; and the
 * API explorer with every file it loads.
 */
class OpenApiIT {

  private static final String BASE = System.getProperty("taskguard.test.base-url");
  private static final Path CONTRACTS = Path.of("../specs/contracts");
  private static final Map<String, String> GROUPS =
      Map.of(
          "auth-api.yaml", "accounts", "tasks-api.yaml", "tasks", "operator-api.yaml", "operator");
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  @Test
  void theServedDocumentSaysWhatTheContractsSay() throws Exception {
    Map<String, Object> served = yaml(get("/openapi"));
    Map<String, Object> servedPaths = map(served.get("paths"));
    List<String> compared = new ArrayList<>();
    for (var group : GROUPS.entrySet()) {
      Map<String, Object> contract;
      try (Reader reader = Files.newBufferedReader(CONTRACTS.resolve(group.getKey()))) {
        contract = map(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader));
      }
      String prefix = prefix(contract);
      for (var path : map(contract.get("paths")).entrySet()) {
        Map<String, Object> servedItem = map(servedPaths.get(prefix + path.getKey()));
        assertNotNull(servedItem, "not published: " + prefix + path.getKey());
        for (var method : map(path.getValue()).entrySet()) {
          if (!METHODS.contains(method.getKey())) {
            continue;
          }
          String where = method.getKey() + " " + prefix + path.getKey();
          Map<String, Object> expected = map(method.getValue());
          Map<String, Object> actual = map(servedItem.get(method.getKey()));
          assertNotNull(actual, "not published: " + where);
          assertEquals(
              map(expected.get("responses")).keySet(),
              map(actual.get("responses")).keySet(),
              where + ": status codes");
          assertEquals(
              requiredFields(contract, expected.get("requestBody")),
              requiredFields(served, actual.get("requestBody")),
              where + ": required request fields");
          assertEquals(queryParameters(contract, expected), queryParameters(served, actual), where);
          Object security = expected.getOrDefault("security", contract.get("security"));
          assertEquals(security, actual.get("security"), where + ": security");
          assertEquals(List.of(group.getValue()), actual.get("tags"), where + ": group");
          for (var response : map(expected.get("responses")).entrySet()) {
            assertEquals(
                requiredFields(contract, response.getValue()),
                requiredFields(served, map(actual.get("responses")).get(response.getKey())),
                where + " " + response.getKey() + ": required response fields");
          }
          compared.add(where);
        }
      }
    }
    assertTrue(compared.size() >= 20, compared::toString);
    Map<String, Object> schemes = map(map(served.get("components")).get("securitySchemes"));
    assertEquals("bearer", map(schemes.get("bearerJwt")).get("scheme"));
    assertEquals("JWT", map(schemes.get("bearerJwt")).get("bearerFormat"));
    Set<Object> tags = new TreeSet<>();
    ((List<?>) served.get("tags")).forEach(tag -> tags.add(map(tag).get("name")));
    assertEquals(Set.of("accounts", "operator", "tasks"), tags);
    Set<Object> listParameters =
        queryParameters(served, map(map(servedPaths.get("/api/users/{user_id}/tasks")).get("get")));
    assertTrue(
        listParameters.containsAll(Set.of("status", "q", "sort", "limit", "cursor")),
        listParameters::toString);
  }

  @Test
  void theJsonFormIsTheSameDocument() throws Exception {
    HttpResponse<String> yaml = send("/openapi", Map.of());
    assertEquals(
        "application/yaml;charset=UTF-8", yaml.headers().firstValue("Content-Type").orElse(""));
    Map<String, Object> document = yaml(yaml.body());
    HttpResponse<String> byParameter = send("/openapi?format=JSON", Map.of());
    HttpResponse<String> byAccept = send("/openapi", Map.of("Accept", "application/json"));
    for (HttpResponse<String> json : List.of(byParameter, byAccept)) {
      assertEquals(200, json.statusCode());
      assertEquals(
          "application/json;charset=UTF-8", json.headers().firstValue("Content-Type").orElse(""));
      assertTrue(json.body().startsWith("{"), json.body());
      assertEquals(document, yaml(json.body()), "JSON and YAML say the same");
    }
    assertEquals(
        document,
        yaml(send("/openapi?format=yaml", Map.of("Accept", "application/json")).body()),
        "the format parameter wins over Accept");

    HttpResponse<String> unknown = send("/openapi?format=xml", Map.of());
    assertEquals(400, unknown.statusCode());
    assertTrue(unknown.body().contains("\"code\""), unknown.body());
    HttpResponse<String> post = send("POST", "/openapi", Map.of());
    assertEquals(405, post.statusCode());
    assertTrue(post.body().contains("\"code\""), post.body());
    HttpResponse<String> head = send("HEAD", "/openapi?format=json", Map.of());
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
    assertEquals(
        String.valueOf(byParameter.body().getBytes(StandardCharsets.UTF_8).length),
        head.headers().firstValue("Content-Length").orElse(""),
        "HEAD names the length of the body GET sends");
  }

  @Test
  void theExplorerAndEveryFileItNamesAreServed() throws Exception {
    HttpResponse<String> ui = send("/openapi/ui", Map.of());
    assertEquals(200, ui.statusCode(), "the README's address, without the final slash");
    assertTrue(ui.uri().getPath().endsWith("/openapi/ui/"), ui.uri().toString());
    String policy = ui.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.contains("script-src 'self';"), policy);
    assertTrue(policy.contains("style-src 'self';"), policy);
    assertTrue(policy.contains("img-src 'self' data:;"), "Swagger UI's icons: " + policy);
    String elsewhere =
        send("/", Map.of()).headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(elsewhere.contains("img-src 'self';"), "only the explorer's page: " + elsewhere);
    Matcher named = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(ui.body());
    List<String> files = new ArrayList<>();
    while (named.find()) {
      URI file = ui.uri().resolve(named.group(1));
      HttpResponse<String> answer = send(file.getRawPath(), Map.of());
      assertEquals(200, answer.statusCode(), file.toString());
      files.add(file.getRawPath());
    }
    assertTrue(
        files.stream().anyMatch(file -> file.endsWith("swagger-ui-bundle.js")), files::toString);
    assertTrue(files.stream().anyMatch(file -> file.endsWith("swagger-ui.css")), files::toString);
    assertTrue(send("/openapi/ui/explorer.js", Map.of()).body().contains("openapi?format=json"));
  }

  private static String prefix(Map<String, Object> contract) {
    String url = (String) map(((List<?>) contract.get("servers")).get(0)).get("url");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The required properties of the JSON body of a request body or response, $refs followed. */
  private static Set<Object> requiredFields(Map<String, Object> document, Object part) {
    Map<String, Object> resolved = resolve(document, part);
    if (resolved == null || resolved.get("content") == null) {
      return Set.of();
    }
    Map<String, Object> json = map(map(resolved.get("content")).get("application/json"));
    if (json == null || json.get("schema") == null) {
      return Set.of();
    }
    Map<String, Object> schema = resolve(document, json.get("schema"));
    Object required = schema.get("required");
    return required == null ? Set.of() : new TreeSet<>((List<?>) required);
  }

  private static Set<Object> queryParameters(Map<String, Object> document, Map<String, Object> op) {
    Set<Object> names = new TreeSet<>();
    Object parameters = op.get("parameters");
    if (parameters != null) {
      for (Object parameter : (List<?>) parameters) {
        Map<String, Object> resolved = resolve(document, parameter);
        if ("query".equals(resolved.get("in"))) {
          names.add(resolved.get("name"));
        }
      }
    }
    return names;
  }

  private static Map<String, Object> resolve(Map<String, Object> document, Object part) {
    Map<String, Object> value = map(part);
    while (value != null && value.get("$ref") != null) {
      String[] steps = ((String) value.get("$ref")).substring(2).split("/");
      Object found = document;
      for (String step : steps) {
        found = map(found).get(step);
      }
      value = map(found);
    }
    return value;
  }

  private static Map<String, Object> yaml(String text) {
    return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
  }

  private static String get(String path) throws Exception {
    HttpResponse<String> response = send(path, Map.of());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  private static HttpResponse<String> send(String path, Map<String, String> headers)
      throws Exception {
    return send("GET", path, headers);
  }

  private static HttpResponse<String> send(String method, String path, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(BASE + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .timeout(Duration.ofSeconds(30));
    headers.forEach(request::header);
    return client().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
