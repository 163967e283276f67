package io.taskguard.adapter.rest.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No module uses Lombok. Most Lombok annotations ({@code @Getter}, {@code @Data}, ...) are gone
 * from the bytecode that ArchUnit reads, so besides the ArchUnit rule this reads every module's
 * sources and POM. Run from adapters-rest/war, two directories below the project root.
 */
class NoLombokTest {

  private static final Set<String> MODULES =
      Set.of(
          "domain",
          "application",
          "auth-token",
          "adapters-persistence",
          "adapters-rest/common",
          "adapters-rest/accounts-api",
          "adapters-rest/tasks-api",
          "adapters-rest/war");
  private static final Pattern LOMBOK = Pattern.compile("\\blombok\\b");

  /** An import or qualified use of a Lombok type: {@code lombok.} followed by a name. */
  private static final Pattern LOMBOK_USE = Pattern.compile("\\blombok\\.\\w");

  /** These tests, which name Lombok to forbid it. */
  private static final Path THIS_PACKAGE =
      Path.of("adapters-rest/war/src/test/java/io/taskguard/adapter/rest/architecture");

  private final Path root = Path.of("").toAbsolutePath().getParent().getParent();

  @Test
  void noSourceFileMentionsLombok() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(root)) {
      sources =
          files
              .filter(file -> file.toString().endsWith(".java"))
              .filter(file -> module(file) != null)
              .toList();
    }
    Map<String, Long> perModule =
        sources.stream().collect(Collectors.groupingBy(this::module, Collectors.counting()));

    assertEquals(
        MODULES.stream().filter(this::hasJavaSources).collect(Collectors.toSet()),
        perModule.keySet(),
        "modules whose sources were read");
    assertTrue(sources.size() > 50, "read " + sources.size() + " source files");
    assertEquals(
        List.of(),
        sources.stream()
            .filter(file -> !root.relativize(file).startsWith(THIS_PACKAGE))
            .filter(file -> matches(LOMBOK_USE, file))
            .toList());
  }

  @Test
  void noPomOrConfigurationBringsLombokIn() throws IOException {
    List<Path> poms =
        Stream.concat(Stream.of(".", "adapters-rest"), MODULES.stream())
            .map(module -> root.resolve(module).resolve("pom.xml"))
            .toList();

    assertEquals(10, poms.stream().filter(Files::isRegularFile).count());
    assertEquals(List.of(), poms.stream().filter(pom -> matches(LOMBOK, pom)).toList());
    try (Stream<Path> files = Files.walk(root)) {
      assertEquals(
          List.of(),
          files.filter(file -> file.getFileName().toString().equals("lombok.config")).toList());
    }
  }

  /** The module whose {@code src} holds {@code file}, or null. */
  private String module(Path file) {
    String relative = root.relativize(file).toString().replace('\\', '/');
    return MODULES.stream()
        .filter(module -> relative.startsWith(module + "/src/"))
        .findFirst()
        .orElse(null);
  }

  private boolean hasJavaSources(String module) {
    try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src"))) {
      return files.anyMatch(file -> file.toString().endsWith(".java"));
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean matches(Pattern pattern, Path file) {
    try {
      return pattern.matcher(Files.readString(file)).find();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
