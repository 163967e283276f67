package io.taskguard.devtools;

import jakarta.json.Json;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Builds the OpenAPI document the server publishes at {@code /openapi} from the three contracts in
 * {@code specs/contracts}, so the two cannot say different things: every path under the contract's
 * server URL, each operation in its group (accounts, tasks, operator) with the contract's security
 * where the operation names none, the components of all three side by side (a name two contracts
 * define differently fails the build), and each contract's description as its group's. Run by the
 * build into {@code META-INF/openapi.yaml} of the WAR, and as JSON beside it ({@code
 * openapi.json}); the WAR serves them as they are at {@code /openapi}.
 *
 * <p>Arguments: the contracts directory, the YAML file to write (the JSON file takes its name).
 */
public final class OpenApiDocument {

  /** Group name, contract file: the order of the document. */
  static final Map<String, String> GROUPS =
      Map.of(
          "accounts", "auth-api.yaml", "tasks", "tasks-api.yaml", "operator", "operator-api.yaml");

  static final List<String> ORDER = List.of("accounts", "tasks", "operator");

  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private OpenApiDocument() {}

  public static void main(String[] args) throws IOException {
    Map<String, Object> document = merge(Path.of(args[0]));
    Path out = Path.of(args[1]);
    Files.createDirectories(out.getParent());
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setWidth(120);
    options.setDereferenceAliases(true);
    Files.writeString(out, new Yaml(new Representer(options), options).dump(document));
    Path json = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.yaml$", ".json"));
    try (Writer writer = Files.newBufferedWriter(json)) {
      Json.createWriter(writer).write(Json.createObjectBuilder(document).build());
    }
  }

  /** The merged document, as ordered maps and lists. */
  public static Map<String, Object> merge(Path contracts) throws IOException {
    Map<String, Object> paths = new LinkedHashMap<>();
    Map<String, Map<String, Object>> components = new LinkedHashMap<>();
    List<Object> tags = new ArrayList<>();
    for (String group : ORDER) {
      Map<String, Object> contract = load(contracts.resolve(GROUPS.get(group)));
      Map<String, Object> info = map(contract.get("info"));
      tags.add(ordered("name", group, "description", info.get("description")));
      String prefix = serverPrefix(contract);
      Object security = contract.get("security");
      map(contract.get("paths"))
          .forEach(
              (path, item) -> {
                Map<String, Object> pathItem = map(item);
                for (String method : METHODS) {
                  if (pathItem.get(method) != null) {
                    Map<String, Object> operation = map(pathItem.get(method));
                    operation.put("tags", List.of(group));
                    if (security != null && !operation.containsKey("security")) {
                      operation.put("security", security);
                    }
                  }
                }
                if (paths.put(prefix + path, pathItem) != null) {
                  throw new IllegalStateException("two contracts define " + prefix + path);
                }
              });
      map(contract.getOrDefault("components", Map.of()))
          .forEach(
              (kind, entries) ->
                  map(entries)
                      .forEach(
                          (name, value) -> {
                            Object earlier =
                                components
                                    .computeIfAbsent(kind, k -> new LinkedHashMap<>())
                                    .putIfAbsent(name, value);
                            if (earlier != null && !earlier.equals(value)) {
                              throw new IllegalStateException(
                                  "components/" + kind + "/" + name + " differs between contracts");
                            }
                          }));
    }
    return ordered(
        "openapi",
        "3.0.3",
        "info",
        ordered(
            "title",
            "taskguard",
            "version",
            "1",
            "description",
            "Accounts, sessions and JWTs (Better Auth's wire), each user's own tasks (the FastAPI"
                + " task service's wire) and the operator commands. Built from specs/contracts."),
        "servers",
        List.of(Map.of("url", "/")),
        "tags",
        tags,
        "paths",
        paths,
        "components",
        components);
  }

  private static String serverPrefix(Map<String, Object> contract) {
    Object servers = contract.get("servers");
    if (!(servers instanceof List<?> list) || list.isEmpty()) {
      return "";
    }
    String url = (String) map(list.get(0)).get("url");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  static Map<String, Object> load(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file)) {
      return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader));
    }
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
