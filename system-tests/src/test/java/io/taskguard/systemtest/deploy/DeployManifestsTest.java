package io.taskguard.systemtest.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Kubernetes manifests in {@code deploy/} are well-formed YAML of the expected kinds, probe the
 * health endpoints taskguard has, and name only settings the configuration table
 * (docs/configuration.md) documents. Run from system-tests, one directory below the project root.
 */
class DeployManifestsTest {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  private final List<Map<String, Object>> documents = load();

  @Test
  void everyManifestIsWellFormedYamlOfTheExpectedKinds() {
    Set<String> kinds = new TreeSet<>();
    documents.forEach(document -> kinds.add((String) document.get("kind")));

    assertEquals(
        Set.of("Cluster", "ConfigMap", "Kustomization", "OpenLibertyApplication", "Secret"), kinds);
    assertEquals("postgresql.cnpg.io/v1", kind("Cluster").get("apiVersion"));
    assertEquals("apps.openliberty.io/v1", kind("OpenLibertyApplication").get("apiVersion"));
  }

  @Test
  void theApplicationProbesReadinessAndLiveness() {
    Map<String, Object> probes = map(spec().get("probes"));

    assertEquals("/health/ready", map(map(probes.get("readiness")).get("httpGet")).get("path"));
    assertEquals("/health/live", map(map(probes.get("liveness")).get("httpGet")).get("path"));
  }

  @Test
  void aRollingUpdateStartsANewServerBeforeAnOldOneStops() {
    Map<String, Object> strategy = map(map(spec().get("deployment")).get("updateStrategy"));

    assertEquals("RollingUpdate", strategy.get("type"));
    assertEquals(0, map(strategy.get("rollingUpdate")).get("maxUnavailable"));
    assertEquals(1, map(strategy.get("rollingUpdate")).get("maxSurge"));
    assertTrue((Integer) spec().get("replicas") >= 2, "one replica cannot be restarted unseen");
  }

  @Test
  void theDatabaseHasASynchronousStandbyAndTheServersReachItsPrimary() {
    Map<String, Object> cluster = map(kind("Cluster").get("spec"));

    assertTrue((Integer) cluster.get("instances") >= 2, "no standby");
    assertTrue((Integer) cluster.get("minSyncReplicas") >= 1, "the standby is not synchronous");
    assertEquals(
        kindName("Cluster") + "-rw", map(kind("ConfigMap").get("data")).get("TASKGUARD_DB_HOST"));
    assertEquals(
        map(kind("ConfigMap").get("data")).get("TASKGUARD_DB_NAME"),
        map(map(cluster.get("bootstrap")).get("initdb")).get("database"));
  }

  @Test
  void prometheusScrapesTheOperatorMetricsOverHttpWithTheSecretsOperatorCredential() {
    List<?> endpoints = (List<?>) map(spec().get("monitoring")).get("endpoints");
    assertEquals(1, endpoints.size());
    Map<String, Object> endpoint = map(endpoints.get(0));
    assertEquals("/api/operator/metrics", endpoint.get("path"));
    assertEquals("http", endpoint.get("scheme"));
    Map<String, Object> basicAuth = map(endpoint.get("basicAuth"));
    Map<String, Object> stringData = map(kind("Secret").get("stringData"));
    for (String part : List.of("username", "password")) {
      Map<String, Object> ref = map(basicAuth.get(part));
      assertEquals(kindName("Secret"), ref.get("name"), part);
      assertTrue(stringData.containsKey(ref.get("key")), ref::toString);
    }
    assertEquals("TASKGUARD_OPERATOR_USER", map(basicAuth.get("username")).get("key"));
    assertEquals("TASKGUARD_OPERATOR_PASSWORD", map(basicAuth.get("password")).get("key"));
  }

  @Test
  void secretsComeFromTheSecretAndTheDatabaseSettingsFromTheConfigMap() {
    Set<String> fromSecret = new HashSet<>();
    for (Object entry : (List<?>) spec().get("env")) {
      Map<String, Object> ref = map(map(map(entry).get("valueFrom")).get("secretKeyRef"));
      assertEquals(kindName("Secret"), ref.get("name"));
      assertTrue(map(kind("Secret").get("stringData")).containsKey(ref.get("key")), ref::toString);
      fromSecret.add((String) map(entry).get("name"));
    }
    assertTrue(
        fromSecret.containsAll(
            Set.of(
                "TASKGUARD_SECRET",
                "TASKGUARD_DB_PASSWORD",
                "TASKGUARD_OPERATOR_USER",
                "TASKGUARD_OPERATOR_PASSWORD")),
        fromSecret::toString);
    Map<String, Object> config = map(kind("ConfigMap").get("data"));
    assertTrue(config.keySet().containsAll(Set.of("TASKGUARD_DB_HOST", "TASKGUARD_DB_NAME")));
    assertTrue(
        config.keySet().stream().noneMatch(fromSecret::contains), "a secret in the ConfigMap");
    Object configMapRef = map(((List<?>) spec().get("envFrom")).get(0)).get("configMapRef");
    assertEquals(kindName("ConfigMap"), map(configMapRef).get("name"));
  }

  @Test
  void everySettingNamedIsInTheReadmeConfigurationTable() throws IOException {
    Set<String> documented = documentedSettings();
    Set<String> named = new TreeSet<>(map(kind("ConfigMap").get("data")).keySet());
    named.addAll(map(kind("Secret").get("stringData")).keySet());
    ((List<?>) spec().get("env")).forEach(entry -> named.add((String) map(entry).get("name")));

    named.removeAll(documented);
    assertEquals(Set.of(), named, "settings docs/configuration.md does not document");
  }

  /** Each name in the table's setting columns, and the environment form of each property. */
  private static Set<String> documentedSettings() throws IOException {
    Set<String> names = new HashSet<>();
    String page = Files.readString(ROOT.resolve("docs/configuration.md"));
    String table = page.substring(page.indexOf("## Settings"), page.indexOf("## Logs, metrics"));
    for (String line : table.lines().filter(l -> l.startsWith("| ")).toList()) {
      Matcher code = CODE.matcher(line.split("\\|")[2]);
      while (code.find()) {
        names.add(code.group(1));
        names.add(code.group(1).replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
      }
    }
    assertTrue(names.contains("TASKGUARD_SECRET"), "the settings table was not found");
    return names;
  }

  private Map<String, Object> spec() {
    return map(kind("OpenLibertyApplication").get("spec"));
  }

  private String kindName(String kind) {
    return (String) map(kind(kind).get("metadata")).get("name");
  }

  private Map<String, Object> kind(String kind) {
    return documents.stream()
        .filter(document -> kind.equals(document.get("kind")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " in deploy/"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    assertTrue(value instanceof Map, () -> "not a mapping: " + value);
    return (Map<String, Object>) value;
  }

  private static List<Map<String, Object>> load() {
    List<Map<String, Object>> loaded = new ArrayList<>();
    try (Stream<Path> files = Files.list(ROOT.resolve("deploy"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        for (Object document : yaml.loadAll(Files.readString(file))) {
          loaded.add(map(document));
        }
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertEquals(5, loaded.size(), "documents in deploy/*.yaml");
    return loaded;
  }
}
