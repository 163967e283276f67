package io.taskguard.webui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium for a browser test, driven through Debian's chromedriver (no driver
 * download). Each instance has a fresh throw-away profile, so no two browsers share storage, unless
 * a test hands it a profile of its own to start another browser on later (a browser restart).
 * Closing it fails the test if the page broke its Content-Security-Policy or threw an uncaught
 * error.
 */
final class Chromium implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(20);
  private static final int MIN_WINDOW_WIDTH = 500;
  private static final List<String> CONSOLE_PROBLEMS =
      List.of("Content Security Policy", "Refused to", "Uncaught");

  private final ChromeDriver driver;
  private final Path profile;
  private final boolean ownProfile;
  private final Screenshots screenshots;

  private Chromium(String name, int width, int height, Path keptProfile) {
    if (System.getProperty("webdriver.chrome.driver") == null) {
      System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    }
    ownProfile = keptProfile == null;
    profile = ownProfile ? newProfile() : keptProfile;
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
        "--window-size=" + Math.max(width, MIN_WINDOW_WIDTH) + "," + height,
        // cookies on disk readable by the next browser on the profile, with no desktop keyring
        "--password-store=basic",
        "--user-data-dir=" + profile.toAbsolutePath());
    if (width < MIN_WINDOW_WIDTH) {
      // Chromium will not make a window narrower than 500 px: a phone's screen is emulated instead.
      options.setExperimentalOption(
          "mobileEmulation",
          Map.of(
              "deviceMetrics",
              Map.of("width", width, "height", height, "pixelRatio", 1.0, "touch", true)));
    }
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    driver = new ChromeDriver(options);
    driver.manage().timeouts().scriptTimeout(WAIT);
    screenshots = new Screenshots(driver, name);
  }

  /** A desktop-sized browser (1280x900) for this test. */
  static Chromium start(TestInfo test) {
    return new Chromium(Screenshots.nameOf(test, null), 1280, 900, null);
  }

  /** One of several desktop browsers in a test; {@code who} tells their screenshots apart. */
  static Chromium start(TestInfo test, String who) {
    return new Chromium(Screenshots.nameOf(test, who), 1280, 900, null);
  }

  /** A browser with a viewport of this size; below 500 px wide it emulates a phone. */
  static Chromium start(TestInfo test, int width, int height) {
    return new Chromium(Screenshots.nameOf(test, null), width, height, null);
  }

  /** As {@link #start(TestInfo, int, int)}, its screenshots told apart by {@code who}. */
  static Chromium start(TestInfo test, String who, int width, int height) {
    return new Chromium(Screenshots.nameOf(test, who), width, height, null);
  }

  /**
   * A desktop browser on {@code profile}, which the test owns: closing the browser keeps it, so a
   * browser started on it later is the same browser restarted (see {@link #newProfile()}).
   */
  static Chromium startOnProfile(TestInfo test, String who, Path profile) {
    return new Chromium(Screenshots.nameOf(test, who), 1280, 900, profile);
  }

  /** A new empty profile directory; {@link #deleteProfile(Path)} removes it. */
  static Path newProfile() {
    try {
      return Files.createTempDirectory("taskguard-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  /**
   * Keeps the whole page as it looks now, as {@code target/ui-screenshots/<test>-NN-<step>.png}.
   */
  Path screenshot(String step) {
    return screenshots.take(step);
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

  /**
   * Sends every later request of this browser as from {@code address}: the test server trusts
   * {@code X-Forwarded-For}, so the limits per client address count this browser alone.
   */
  void clientAddress(String address) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
  }

  /**
   * Tells the page the system's colours are {@code light} or {@code dark} (prefers-color-scheme).
   */
  void colourScheme(String scheme) {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  @Override
  public void close() {
    List<String> problems;
    try {
      problems =
          driver.manage().logs().get(LogType.BROWSER).getAll().stream()
              .map(LogEntry::getMessage)
              .filter(message -> CONSOLE_PROBLEMS.stream().anyMatch(message::contains))
              .toList();
    } finally {
      screenshots.forget();
      driver.quit();
      if (ownProfile) {
        deleteProfile(profile);
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError("the page logged script or policy errors: " + problems);
    }
  }

  static void deleteProfile(Path profile) {
    try (Stream<Path> paths = Files.walk(profile)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a temporary directory left behind is harmless
    }
  }
}
