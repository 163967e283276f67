package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The list starts high: the add form is one row (title and button) that opens into the description
 * and due date on demand, so the first task is on the first screen of a laptop and of a phone; and
 * a long title shows two lines until "Show more" shows it whole.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class CompactListIT {

  static final String LONG_TITLE =
      "Gather the receipts for the kitchen, the bathroom and the garden works of this spring, "
          + "scan them in colour, name each file after the supplier and the date, and send the "
          + "whole folder to the accountant before the end of the month so that the claim is in "
          + "time for the next quarter";

  private Chromium browser;

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theFirstTaskIsOnTheFirstScreenOfALaptop(TestInfo test) {
    firstTaskOnTheFirstScreen(Chromium.start(test, 1280, 800));
  }

  @Test
  void theFirstTaskIsOnTheFirstScreenOfAPhone(TestInfo test) {
    firstTaskOnTheFirstScreen(Chromium.start(test, 390, 844));
  }

  private void firstTaskOnTheFirstScreen(Chromium started) {
    browser = started;
    AccountPages pages = new AccountPages(browser);
    TaskListPage tasks = new TaskListPage(browser);
    browser.open("");
    pages.signIn(Account.fresh("Rosa").register());
    tasks.add("Water the plants", null);
    tasks.add("Call the plumber", null);
    assertTrue(
        browser.driver().findElement(By.id("verify-banner")).isDisplayed(),
        "measured with the banner of an unconfirmed address, the tallest the page gets");

    WebElement first = browser.driver().findElements(TaskListPage.ITEMS).get(0);
    long viewport = (Long) browser.script("return window.innerHeight;");
    long top = (Long) browser.script("return arguments[0].getBoundingClientRect().top;", first);
    assertEquals(0L, (Long) browser.script("return window.scrollY;"));
    assertTrue(top + 40 <= viewport, "the first task starts at " + top + " of " + viewport + " px");
    browser.screenshot("first-screen");

    WebElement description = browser.driver().findElement(By.id("new-task-description"));
    WebElement more = browser.driver().findElement(By.id("new-task-more"));
    assertFalse(description.isDisplayed(), "only the title at first");
    assertEquals("Add a description or a due date", more.getText());
    more.click();
    assertEquals("true", more.getDomAttribute("aria-expanded"));
    assertTrue(description.isDisplayed());
    assertTrue(browser.driver().findElement(By.id("new-task-due")).isDisplayed());
    Axe.assertNoViolations(browser, "the add form opened");
    more.click();
    assertFalse(description.isDisplayed());
  }

  @Test
  void aLongTitleShowsTwoLinesUntilShowMore(TestInfo test) {
    browser = Chromium.start(test, 390, 844);
    AccountPages pages = new AccountPages(browser);
    TaskListPage tasks = new TaskListPage(browser);
    browser.open("");
    pages.signIn(Account.fresh("Sami").register());
    tasks.add(LONG_TITLE, null);
    tasks.add("Short one", null);

    WebElement item = tasks.item(LONG_TITLE);
    WebElement title = item.findElement(By.cssSelector(".task__title-text"));
    WebElement more = item.findElement(By.cssSelector("[data-testid='task-more']"));
    double line =
        Double.parseDouble(
            ((String) browser.script("return getComputedStyle(arguments[0]).lineHeight;", title))
                .replace("px", ""));
    browser.waiting().until(d -> more.isDisplayed());
    int shortened = title.getRect().getHeight();
    assertTrue(shortened <= 2 * line + 1, "two lines: " + shortened + " px of " + line);
    assertEquals("Show more", more.getText());
    String toggleName =
        item.findElement(By.cssSelector("[data-testid='task-toggle']"))
            .getDomAttribute("aria-labelledby");
    assertEquals(
        LONG_TITLE,
        browser.script("return document.getElementById(arguments[0]).textContent;", toggleName),
        "the checkbox is named by the whole title");
    browser.screenshot("long-title-shortened");

    more.click();
    assertEquals("true", more.getDomAttribute("aria-expanded"));
    assertTrue(title.getRect().getHeight() > 2 * line + 1, "the whole title shows");
    assertEquals("Show less", more.getText());
    browser.screenshot("long-title-whole");
    Axe.assertNoViolations(browser, "a long title shown whole");

    WebElement shortMore =
        tasks.item("Short one").findElement(By.cssSelector("[data-testid='task-more']"));
    assertFalse(shortMore.isDisplayed(), "nothing to show more of");
  }
}
