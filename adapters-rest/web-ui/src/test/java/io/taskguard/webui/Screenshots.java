package io.taskguard.webui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Full-page screenshots kept as test artifacts: {@code target/ui-screenshots/<test>-NN-<step>.png},
 * numbered in the order they were taken. Also remembers every open browser, so a failing test can
 * keep a picture of each.
 */
final class Screenshots {

  private static final Path DIRECTORY = Path.of("target", "ui-screenshots");
  private static final Set<Screenshots> OPEN = ConcurrentHashMap.newKeySet();

  private final ChromeDriver driver;
  private final String name;
  private int taken;

  Screenshots(ChromeDriver driver, String name) {
    this.driver = driver;
    this.name = name;
    OPEN.add(this);
  }

  /** {@code Class.method}, or {@code Class.method-who} when a test drives several browsers. */
  static String nameOf(TestInfo test, String who) {
    String name =
        test.getTestClass().map(Class::getSimpleName).orElse("test")
            + "."
            + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("unknown");
    return who == null ? name : name + "-" + who;
  }

  Path take(String step) {
    taken++;
    Path file = DIRECTORY.resolve(String.format("%s-%02d-%s.png", name, taken, step));
    try {
      Files.createDirectories(DIRECTORY);
      Files.write(file, fullPage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** The whole page, beyond the viewport too, through Chromium's DevTools protocol. */
  @SuppressWarnings("unchecked")
  private byte[] fullPage() {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x", 0,
            "y", 0,
            "width", size.get("width").doubleValue(),
            "height", size.get("height").doubleValue(),
            "scale", 1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    return Base64.getDecoder().decode((String) shot.get("data"));
  }

  void forget() {
    OPEN.remove(this);
  }

  /** A screenshot of every browser still open, for a failing test's report. */
  static void ofAllOpen(String step) {
    for (Screenshots screenshots : List.copyOf(OPEN)) {
      try {
        screenshots.take(step);
      } catch (RuntimeException ignored) {
        // a browser that cannot take a screenshot any more has nothing more to show
      }
    }
  }
}
