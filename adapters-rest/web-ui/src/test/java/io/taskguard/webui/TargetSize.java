package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * WCAG 2.2's target size (2.5.8, AA), measured without its spacing exception: every visible control
 * of the page at least 24 by 24 CSS pixels. A visually hidden radio button is measured by the label
 * that stands for it; a link inside a sentence is exempt, as the rule exempts it.
 */
final class TargetSize {

  private static final String SMALL_TARGETS =
      "const small = [];"
          + "const controls = 'a[href], button, input:not([type=hidden]), select, textarea, summary,"
          + " [tabindex]:not([tabindex=\"-1\"]), label[for]';"
          + "const invisible = (element) => getComputedStyle(element).opacity === '0';"
          + "const words = (element) => element.textContent.replace(/\\s+/g, ' ').trim();"
          + "for (const element of document.querySelectorAll(controls)) {"
          + "  if (element.matches('label')) {"
          + "    const control = document.getElementById(element.htmlFor);"
          + "    if (!control || !invisible(control)) continue;"
          + "  } else if (invisible(element)) continue;"
          + "  if (!element.checkVisibility()) continue;"
          + "  const box = element.getBoundingClientRect();"
          + "  if (box.bottom <= 0 || box.right <= 0) continue;"
          + "  if (element.matches('a') && words(element.parentElement) !== words(element)) continue;"
          + "  if (box.width < 24 || box.height < 24) small.push((element.id || element.dataset.testid"
          + "    || element.tagName.toLowerCase() + ' ' + words(element).slice(0, 30))"
          + "    + ': ' + Math.round(box.width) + 'x' + Math.round(box.height));"
          + "}"
          + "return small.join('; ');";

  private TargetSize() {}

  /** Fails, naming them, if any visible control of the page is smaller than 24x24 px. */
  static void assertEveryTargetAtLeast24Pixels(Chromium browser, String screen) {
    String small = browser.script(SMALL_TARGETS);
    assertEquals("", small, screen + ": controls smaller than 24x24 CSS px");
  }
}
