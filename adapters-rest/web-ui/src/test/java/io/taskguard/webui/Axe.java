package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskguard.testsupport.TestNodePackages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * axe-core (the npm package, at the version of {@code src/test/js/package-lock.json}) run inside
 * the page as it is now: every rule tagged WCAG 2.0, 2.1 or 2.2 level A or AA (2.2's {@code
 * target-size} among them), on the whole document.
 */
final class Axe {

  private static final String RUN =
      "const done = arguments[arguments.length - 1];"
          + "axe.run(document, {runOnly: {type: 'tag', values:"
          + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']},"
          + " resultTypes: ['violations']})"
          + ".then(r => done(JSON.stringify(r.violations.map(v => ({rule: v.id, impact: v.impact,"
          + " help: v.help, where: v.nodes.slice(0, 5).map(n => n.target.join(' '))})))))"
          + ".catch(e => done('axe failed: ' + e));";

  private static String source;

  private Axe() {}

  /**
   * Fails with axe-core's findings if the page has any WCAG A or AA violation, or with the controls
   * smaller than 24x24 px ({@link TargetSize}, stricter than axe's rule), in the colour theme shown
   * and, while the page follows the system's colours (the person chose none), in the other one too:
   * the system's colours are switched for the check and switched back, so every screen any test
   * checks is checked light and dark.
   */
  static void assertNoViolations(Chromium browser, String screen) {
    assertNoViolationsAsShown(browser, screen);
    String shown = browser.script("return document.documentElement.dataset.theme || null;");
    Object chosen = browser.script("return localStorage.getItem('taskguard.theme');");
    if (shown == null || chosen != null) {
      return;
    }
    String other = "dark".equals(shown) ? "light" : "dark";
    browser.colourScheme(other);
    try {
      showsTheme(browser, other);
      assertNoViolationsAsShown(browser, screen + " (" + other + " theme)");
    } finally {
      browser.colourScheme(shown);
      showsTheme(browser, shown);
    }
  }

  /** As {@link #assertNoViolations}, in the colour theme shown only. */
  static void assertNoViolationsAsShown(Chromium browser, String screen) {
    browser.script(source());
    String violations = browser.asyncScript(RUN);
    assertEquals("[]", violations, screen + ": axe-core found WCAG A/AA violations");
    TargetSize.assertEveryTargetAtLeast24Pixels(browser, screen);
  }

  /** Waits for the page to show {@code theme}, and for its colour transitions (0.12 s) to end. */
  private static void showsTheme(Chromium browser, String theme) {
    browser
        .waiting()
        .until(d -> theme.equals(browser.script("return document.documentElement.dataset.theme;")));
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static synchronized String source() {
    if (source == null) {
      try {
        source = Files.readString(TestNodePackages.installed("axe-core/axe.min.js"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return source;
  }
}
