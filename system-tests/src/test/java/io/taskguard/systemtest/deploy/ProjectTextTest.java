package io.taskguard.systemtest.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What users read (README, docs, specs, the benchmarks' pages, the deployment files and the
 * server's configuration) holds no line a merge left behind. Run from system-tests, one directory
 * below the project root.
 */
class ProjectTextTest {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Pattern MERGE_MARKER = Pattern.compile("^(<{7}|={7}|>{7})( .*)?$");

  @Test
  void noFileHoldsAMergeMarker() throws IOException {
    List<String> found;
    try (Stream<Path> files =
        Stream.of("README.md", "docs", "specs", "bench", "deploy", "src/main/liberty")
            .map(ROOT::resolve)
            .flatMap(ProjectTextTest::walk)) {
      found =
          files
              .filter(Files::isRegularFile)
              .filter(file -> !file.toString().contains("/node_modules/"))
              .filter(ProjectTextTest::isText)
              .flatMap(ProjectTextTest::markers)
              .toList();
    }
    assertEquals(List.of(), found);
  }

  private static Stream<Path> walk(Path start) {
    try {
      return Files.walk(start);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isText(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".md")
        || name.endsWith(".yaml")
        || name.endsWith(".xml")
        || name.endsWith(".cfg")
        || name.endsWith(".options")
        || name.endsWith(".env")
        || name.endsWith(".sql")
        || name.endsWith(".py")
        || !name.contains(".");
  }

  private static Stream<String> markers(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return Stream.iterate(0, i -> i < lines.size(), i -> i + 1)
          .filter(i -> MERGE_MARKER.matcher(lines.get(i)).matches())
          .map(i -> ROOT.relativize(file) + ":" + (i + 1));
    } catch (CharacterCodingException binary) {
      return Stream.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
