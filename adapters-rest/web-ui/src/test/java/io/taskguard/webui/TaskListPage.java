package io.taskguard.webui;

import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The task list page: add, toggle, filter, search, edit and delete, each waiting for its outcome.
 */
final class TaskListPage {

  static final By ITEMS = By.cssSelector("[data-testid='task-item']");
  static final By TITLE = By.cssSelector("[data-testid='task-title']");

  private final Chromium browser;

  TaskListPage(Chromium browser) {
    this.browser = browser;
  }

  /**
   * Types a new task (opening the description under "Add a description or a due date" when there is
   * one) and presses "Add task"; does not wait for the outcome.
   */
  void submitNew(String title, String description) {
    WebElement titleField = browser.driver().findElement(By.id("new-task-title"));
    titleField.clear();
    titleField.sendKeys(title);
    WebElement descriptionField = browser.driver().findElement(By.id("new-task-description"));
    if (description != null) {
      openNewTaskDetails();
      descriptionField.clear();
      descriptionField.sendKeys(description);
    } else if (descriptionField.isDisplayed()) {
      descriptionField.clear();
    }
    browser.driver().findElement(By.id("add-task")).click();
  }

  /** Opens the add form's description and due date, if they are not open yet. */
  void openNewTaskDetails() {
    WebElement more = browser.driver().findElement(By.id("new-task-more"));
    if ("false".equals(more.getDomAttribute("aria-expanded"))) {
      more.click();
    }
  }

  void add(String title, String description) {
    submitNew(title, description);
    item(title);
  }

  /** The titles shown, top to bottom, once the list has finished loading. */
  List<String> titles() {
    browser.waiting().until(attributeToBe(By.id("task-list"), "aria-busy", "false"));
    return browser.driver().findElements(ITEMS).stream()
        .map(item -> item.findElement(TITLE).getText())
        .toList();
  }

  /** Waits until the list shows exactly these titles in this order. */
  void waitForTitles(String... expected) {
    List<String> wanted = List.of(expected);
    browser
        .waiting()
        .withMessage(() -> "task list should show " + wanted + " but shows " + titles())
        .until(driver -> titles().equals(wanted));
  }

  /** Waits for the task with this exact title and returns its list item. */
  WebElement item(String title) {
    return browser
        .waiting()
        .withMessage(() -> "no task titled '" + title + "' in " + titles())
        .until(
            driver ->
                driver.findElements(ITEMS).stream()
                    .filter(item -> item.findElement(TITLE).getText().equals(title))
                    .findFirst()
                    .orElse(null));
  }

  void toggle(String title) {
    WebElement item = item(title);
    String before = item.getDomAttribute("data-completed");
    item.findElement(By.cssSelector("[data-testid='task-toggle']")).click();
    browser.waiting().until(driver -> !before.equals(item.getDomAttribute("data-completed")));
  }

  boolean completed(String title) {
    return "true".equals(item(title).getDomAttribute("data-completed"));
  }

  /** Chooses all, pending or completed (by its visible label, as a person would). */
  void filter(String status) {
    browser.driver().findElement(By.cssSelector("label[for='filter-" + status + "']")).click();
  }

  /**
   * Searches titles and descriptions; Enter searches at once (typing alone searches after a short
   * pause).
   */
  void search(String text) {
    WebElement search = browser.driver().findElement(By.id("task-search"));
    search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    search.sendKeys(text, Keys.ENTER);
  }

  /** Opens the inline editor of a task and returns its form. */
  WebElement startEditing(String title) {
    item(title).findElement(By.cssSelector("[data-testid='task-edit']")).click();
    return browser
        .waiting()
        .until(visibilityOfElementLocated(By.cssSelector("[data-testid='task-edit-form']")));
  }

  /** Replaces a task's title and description in its inline editor and saves. */
  void edit(String title, String newTitle, String newDescription) {
    WebElement form = startEditing(title);
    replaceText(form.findElement(By.cssSelector("[data-testid='task-edit-title']")), newTitle);
    replaceText(
        form.findElement(By.cssSelector("[data-testid='task-edit-description']")), newDescription);
    form.findElement(By.cssSelector("[data-testid='task-save']")).click();
    item(newTitle);
  }

  void delete(String title) {
    WebElement item = item(title);
    item.findElement(By.cssSelector("[data-testid='task-delete']")).click();
    browser.waiting().until(driver -> titles().stream().noneMatch(title::equals));
  }

  static String description(WebElement item) {
    return item.findElement(By.cssSelector("[data-testid='task-description']")).getText();
  }

  static void replaceText(WebElement field, String text) {
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    field.sendKeys(text);
  }
}
