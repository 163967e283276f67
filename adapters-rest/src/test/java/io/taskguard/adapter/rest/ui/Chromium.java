package io.taskguard.adapter.rest.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium for a browser test, driven through Debian's chromedriver (no driver
 * download). Each instance has a fresh throw-away profile, so no two browsers share storage, and
 * keeps numbered screenshots as test artifacts under {@code
 * target/ui-screenshots/<test>-<step>.png}.
 */
final class Chromium implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(20);
  private static final int MIN_WINDOW_WIDTH = 500;
  private static final Path SCREENSHOTS = Path.of("target", "ui-screenshots");
  private static final Set<Chromium> OPEN = ConcurrentHashMap.newKeySet();

  private final ChromeDriver driver;
  private final Path profile;
  private final String name;
  private int step;

  private Chromium(String name, int width, int height) {
    this.name = name;
    if (System.getProperty("webdriver.chrome.driver") == null) {
      System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    }
    try {
      profile = Files.createTempDirectory("taskguard-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("taskguard.test.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile.toAbsolutePath());
    if (width < MIN_WINDOW_WIDTH) {
      // Chromium will not make a window narrower than 500 px: a phone is emulated instead.
      options.setExperimentalOption(
          "mobileEmulation",
          Map.of(
              "deviceMetrics",
              Map.of("width", width, "height", height, "pixelRatio", 1.0, "touch", true)));
    }
    driver = new ChromeDriver(options);
    driver.manage().timeouts().scriptTimeout(WAIT);
    OPEN.add(this);
  }

  /** A desktop-sized browser (1280x900); {@code name} becomes the screenshot prefix. */
  static Chromium start(String name) {
    return new Chromium(name, 1280, 900);
  }

  /** A browser of this viewport size; below 500 px wide it emulates a phone's screen and touch. */
  static Chromium start(String name, int width, int height) {
    return new Chromium(name, width, height);
  }

  /** The server under test, e.g. {@code http://localhost:19080}; set by failsafe. */
  static String baseUrl() {
    String url = System.getProperty("taskguard.test.base-url");
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("system property taskguard.test.base-url is not set");
    }
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  ChromeDriver driver() {
    return driver;
  }

  /** An explicit wait that also retries when the page replaced an element while it was read. */
  WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** Loads the web UI at the server root, optionally at a route such as {@code sign-up}. */
  void open(String route) {
    driver.get(baseUrl() + "/" + (route.isEmpty() ? "" : "#/" + route));
  }

  @SuppressWarnings("unchecked")
  <T> T script(String javascript, Object... arguments) {
    return (T) ((JavascriptExecutor) driver).executeScript(javascript, arguments);
  }

  /** Runs an asynchronous script; it calls {@code arguments[arguments.length - 1]} when done. */
  @SuppressWarnings("unchecked")
  <T> T asyncScript(String javascript, Object... arguments) {
    return (T) ((JavascriptExecutor) driver).executeAsyncScript(javascript, arguments);
  }

  /**
   * Cuts the browser off the network (fetch rejects, as when the server is unreachable), or back.
   */
  void offline(boolean offline) {
    if (offline) {
      ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
      conditions.setOffline(true);
      driver.setNetworkConditions(conditions);
    } else {
      driver.deleteNetworkConditions();
    }
  }

  /** Saves the whole page as it looks now as {@code <name>-NN-<step>.png} and returns its path. */
  Path screenshot(String stepName) {
    step++;
    Path file = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", name, step, stepName));
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(file, fullPage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** The whole page, not only the part in the viewport (Chromium's DevTools protocol). */
  @SuppressWarnings("unchecked")
  private byte[] fullPage() {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x",
            0,
            "y",
            0,
            "width",
            size.get("width").doubleValue(),
            "height",
            size.get("height").doubleValue(),
            "scale",
            1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    return Base64.getDecoder().decode((String) shot.get("data"));
  }

  /** Screenshots of every browser still open in this JVM, for a failing test's report. */
  static void screenshotAllOpen(String stepName) {
    for (Chromium browser : List.copyOf(OPEN)) {
      try {
        browser.screenshot(stepName);
      } catch (RuntimeException ignored) {
        // a browser that cannot take a screenshot any more has nothing more to show
      }
    }
  }

  @Override
  public void close() {
    OPEN.remove(this);
    try {
      driver.quit();
    } finally {
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> paths = Files.walk(profile)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a temporary directory left behind is harmless
    }
  }
}
