package io.taskguard.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The test-only Node packages of {@code src/test/js} (the Better Auth client, jose, axe-core), at
 * the exact versions of its {@code package-lock.json}. Installed with {@code npm ci} the first time
 * a test needs one that is missing; needs Node.js 20 and npm on the PATH.
 */
public final class TestNodePackages {

  public static final Path PROJECT =
      Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "src/test/js");

  private TestNodePackages() {}

  /**
   * The path of {@code file} inside {@code node_modules} (e.g. {@code axe-core/axe.min.js}), after
   * installing the packages if it is not there yet.
   */
  public static synchronized Path installed(String file) {
    Path path = PROJECT.resolve("node_modules").resolve(file);
    if (Files.exists(path)) {
      return path;
    }
    try {
      Path log = Files.createTempFile("npm-ci", ".log");
      try {
        Process npm =
            new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                .directory(PROJECT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!npm.waitFor(5, TimeUnit.MINUTES)) {
          npm.descendants().forEach(ProcessHandle::destroyForcibly);
          npm.destroyForcibly();
          throw new AssertionError("npm ci did not finish in 5 minutes:\n" + Files.readString(log));
        }
        if (npm.exitValue() != 0 || !Files.exists(path)) {
          throw new AssertionError(
              "npm ci failed (exit " + npm.exitValue() + "):\n" + Files.readString(log));
        }
        return path;
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      throw new AssertionError("could not run npm ci in " + PROJECT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
