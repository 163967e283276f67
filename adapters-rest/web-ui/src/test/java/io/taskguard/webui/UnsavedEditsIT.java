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
import org.openqa.selenium.support.ui.Select;

/**
 * An open task editor when the session ends on the server: what it held comes back, with the list
 * as it was sorted, once the same person signs in again in the tab, and never to anyone else.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class UnsavedEditsIT {

  static final By FORMS = By.cssSelector("[data-testid='task-edit-form']");
  static final By EDIT_TITLE = By.cssSelector("[data-testid='task-edit-title']");
  static final By EDIT_DESCRIPTION = By.cssSelector("[data-testid='task-edit-description']");

  private Chromium browser;

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theEditorComesBackForTheSamePersonOnly(TestInfo test) {
    browser = Chromium.start(test);
    AccountPages pages = new AccountPages(browser);
    TaskListPage tasks = new TaskListPage(browser);
    Account olga = Account.fresh("Olga").register();
    Account piet = Account.fresh("Piet").register();
    browser.open("");
    pages.signIn(olga);
    tasks.waitForTitles();
    tasks.add("Water the plants", null);
    tasks.add("Pay rent", null);
    sortByTitle();
    tasks.waitForTitles("Pay rent", "Water the plants");

    editAndEndTheSession(pages, tasks, "Pay rent", "Pay rent and bills", "Before Friday");
    pages.signInWithoutReload(olga);

    WebElement form = browser.waiting().until(driver -> driver.findElement(FORMS));
    assertEquals("Pay rent and bills", form.findElement(EDIT_TITLE).getDomProperty("value"));
    assertEquals("Before Friday", form.findElement(EDIT_DESCRIPTION).getDomProperty("value"));
    assertEquals(
        "title",
        new Select(browser.driver().findElement(By.id("task-sort")))
            .getFirstSelectedOption()
            .getDomAttribute("value"),
        "the list is sorted as it was");
    assertEquals(
        "Your unsaved changes to “Pay rent” are back.",
        form.findElement(By.xpath("ancestor::li[1]//*[@data-testid='task-feedback']")).getText());
    browser.screenshot("editor-restored");
    form.findElement(By.cssSelector("[data-testid='task-save']")).click();
    tasks.waitForTitles("Pay rent and bills", "Water the plants");

    editAndEndTheSession(pages, tasks, "Water the plants", "Private words", "Nobody else");
    pages.signInWithoutReload(piet);
    tasks.waitForTitles();
    assertTrue(browser.driver().findElements(FORMS).isEmpty(), "no editor for someone else");
    assertFalse(browser.driver().getPageSource().contains("Private words"));
    pages.signOut();
    pages.signInWithoutReload(olga);
    tasks.waitForTitles("Pay rent and bills", "Water the plants");
    assertTrue(
        browser.driver().findElements(FORMS).isEmpty(), "forgotten once someone else signed in");
  }

  /** Opens the editor of a task, types into it, ends the session server-side and presses Save. */
  private void editAndEndTheSession(
      AccountPages pages, TaskListPage tasks, String title, String newTitle, String description) {
    WebElement form = tasks.startEditing(title);
    TaskListPage.replaceText(form.findElement(EDIT_TITLE), newTitle);
    form.findElement(EDIT_DESCRIPTION).sendKeys(description);
    Account.endSession(pages.storedSessionToken());
    form.findElement(By.cssSelector("[data-testid='task-save']")).click();
    pages.waitForView("sign-in");
    pages.waitForNotice("Your session has ended");
  }

  private void sortByTitle() {
    new Select(browser.driver().findElement(By.id("task-sort"))).selectByValue("title");
  }
}
