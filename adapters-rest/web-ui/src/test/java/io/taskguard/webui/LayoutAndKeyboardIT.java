package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The pages at phone width, and a person who uses only the keyboard. */
@ExtendWith(ScreenshotOnFailure.class)
class LayoutAndKeyboardIT {

  private Chromium browser;

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void taskListFitsAPhone(TestInfo test) {
    browser = Chromium.start(test, 390, 844);
    AccountPages pages = new AccountPages(browser);
    TaskListPage tasks = new TaskListPage(browser);
    browser.open("");
    pages.waitForView("sign-in");
    assertEquals(390L, (Long) browser.script("return window.innerWidth;"), "the page fits a phone");
    browser.screenshot("sign-in");

    pages.signIn(Account.fresh("Pia").register());
    tasks.add("Pick up the dry cleaning before six", null);
    tasks.add(
        "Book flights",
        "Compare the morning and evening connections, and check the baggage allowance first");
    tasks.add("Water the plants", null);
    tasks.toggle("Water the plants");
    browser.screenshot("task-list");

    assertFitsWidth(390);

    // The narrowest phones in use: 360 px.
    browser
        .driver()
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", true));
    browser.waiting().until(d -> Long.valueOf(360).equals(browser.script("return innerWidth;")));
    assertFitsWidth(360);
    browser.screenshot("task-list-360");
  }

  /** No sideways scrolling, and every task's buttons fully on screen and big enough to tap. */
  private void assertFitsWidth(int width) {
    assertEquals(
        Boolean.TRUE,
        browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"),
        "no sideways scrolling at " + width + " px");
    for (WebElement item : browser.driver().findElements(TaskListPage.ITEMS)) {
      for (WebElement button : item.findElements(By.cssSelector(".task__actions button.button"))) {
        assertTrue(button.isDisplayed());
        assertTrue(button.getRect().getHeight() >= 40, "touch target of at least 40 px");
        assertTrue(button.getRect().getX() + button.getRect().getWidth() <= width);
      }
      // The title (it opens the editor, as Edit does) is text-sized: WCAG 2.2's 24 px minimum.
      WebElement title = item.findElement(TaskListPage.TITLE);
      assertTrue(title.getRect().getHeight() >= 24, "target of at least 24 px");
      assertTrue(title.getRect().getX() + title.getRect().getWidth() <= width);
    }
  }

  @Test
  void signInAndAddATaskWithTheKeyboardOnly(TestInfo test) {
    Account kim = Account.fresh("Kim").register();
    browser = Chromium.start(test);
    AccountPages pages = new AccountPages(browser);
    browser.open("");
    pages.waitForView("sign-in");

    tabUntilFocused("signin-email", 4);
    assertVisibleFocus();
    keys(kim.email(), Keys.TAB);
    assertEquals("signin-password", focusedId());
    keys(kim.password(), Keys.ENTER);
    pages.waitForView("tasks");
    browser.screenshot("signed-in");

    tabUntilFocused("new-task-title", 2);
    keys("Typed without a mouse", Keys.ENTER);
    TaskListPage tasks = new TaskListPage(browser);
    tasks.waitForTitles("Typed without a mouse");
    assertEquals("new-task-title", focusedId(), "focus stays ready for the next task");

    WebElement toggle =
        tasks
            .item("Typed without a mouse")
            .findElement(By.cssSelector("[data-testid='task-toggle']"));
    tabUntilFocused(toggle.getDomAttribute("id"), 12);
    assertVisibleFocus();
    keys(Keys.SPACE);
    browser.waiting().until(d -> tasks.completed("Typed without a mouse"));
    browser.screenshot("completed-by-keyboard");
  }

  private void keys(CharSequence... keys) {
    new Actions(browser.driver()).sendKeys(keys).perform();
  }

  private String focusedId() {
    return browser.driver().switchTo().activeElement().getDomAttribute("id");
  }

  private void tabUntilFocused(String id, int maxPresses) {
    for (int presses = 0; presses < maxPresses && !id.equals(focusedId()); presses++) {
      keys(Keys.TAB);
    }
    assertEquals(id, focusedId(), "reachable with at most " + maxPresses + " presses of Tab");
  }

  /** The focused element draws an outline a sighted keyboard user can see. */
  private void assertVisibleFocus() {
    WebElement focused = browser.driver().switchTo().activeElement();
    assertNotEquals("none", focused.getCssValue("outline-style"));
    assertTrue(Double.parseDouble(focused.getCssValue("outline-width").replace("px", "")) >= 2);
  }
}
