package io.taskguard.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of a Liberty server directory that {@link ExtraServer} copies, reads and removes: kept
 * apart so that the server's life cycle reads on its own.
 */
public final class ServerFiles {

  private ServerFiles() {}

  /** The {@code KEY=value} lines of a {@code server.env} file, comments skipped. */
  static Map<String, String> readEnv(Path serverEnv) throws IOException {
    Map<String, String> env = new LinkedHashMap<>();
    for (String line : Files.readAllLines(serverEnv)) {
      int equals = line.indexOf('=');
      if (!line.startsWith("#") && equals > 0) {
        env.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
      }
    }
    return env;
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(path);
      }
    }
  }
}
