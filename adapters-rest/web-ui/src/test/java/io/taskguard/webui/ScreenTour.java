package io.taskguard.webui;

import java.util.function.Consumer;
import org.openqa.selenium.By;

/**
 * Every screen a person meets without two-factor sign-in or passkeys, in the order they meet them,
 * each handed to a check: the signed-out pages, the task list in each of its states (empty, a task
 * just added, filled, editing, a task added that the filter hides, cleared and deleted with their
 * undo), the sessions and the account page. The words the person types are the caller's, so one
 * tour serves checks with ordinary text and with extreme text.
 */
final class ScreenTour {

  /** What the person types: two tasks, the first with a description, and a third added later. */
  record Texts(String first, String firstDescription, String second, String third) {

    static final Texts ORDINARY =
        new Texts(
            "Read the manual",
            "Chapter one. ".repeat(40).strip(),
            "Water the plants",
            "Call the plumber");
  }

  private final Chromium browser;
  private final AccountPages pages;
  private final TaskListPage tasks;

  ScreenTour(Chromium browser) {
    this.browser = browser;
    this.pages = new AccountPages(browser);
    this.tasks = new TaskListPage(browser);
  }

  /** Visits every screen as {@code account} (registered, with no tasks), checking each. */
  void walk(Account account, Texts texts, Consumer<String> check) {
    signedOut(check);
    pages.signIn(account);
    tasks.waitForTitles();
    check.accept("empty-task-list");
    tasks.add(texts.first(), texts.firstDescription());
    check.accept("task-added");
    tasks.add(texts.second(), null);
    tasks.toggle(texts.second());
    check.accept("task-list");
    tasks.startEditing(texts.first());
    check.accept("task-editor");
    click(By.cssSelector("[data-testid='task-cancel']"));

    tasks.filter("completed");
    tasks.waitForTitles(texts.second());
    tasks.submitNew(texts.third(), null);
    pages.waitForNotice("It is not shown with this filter.");
    check.accept("added-notice");
    tasks.filter("all");
    tasks.waitForTitles(texts.third(), texts.second(), texts.first());

    click(By.id("clear-completed"));
    browser.waiting().until(driver -> driver.findElement(By.id("undo-bar")).isDisplayed());
    check.accept("cleared-with-undo");
    click(By.id("undo-bar-undo"));
    tasks.waitForTitles(texts.third(), texts.second(), texts.first());
    tasks.item(texts.second()).findElement(By.cssSelector("[data-testid='task-delete']")).click();
    browser.waiting().until(driver -> !tasks.titles().contains(texts.second()));
    check.accept("deleted-with-undo");

    browser.open("sessions");
    pages.waitForView("sessions");
    browser
        .waiting()
        .until(
            driver ->
                !driver.findElements(By.cssSelector("[data-testid='session-item']")).isEmpty());
    check.accept("sessions");
    browser.open("account");
    pages.waitForView("account");
    browser
        .waiting()
        .until(driver -> !driver.findElement(By.id("account-email")).getText().isEmpty());
    check.accept("account");
  }

  private void signedOut(Consumer<String> check) {
    for (String view : new String[] {"sign-in", "sign-up", "forgot-password"}) {
      browser.open(view);
      pages.waitForView(view);
      check.accept(view);
    }
    browser.driver().get(Chromium.baseUrl() + "/?view=reset-password&token=not-a-real-token");
    pages.waitForView("reset-password");
    check.accept("reset-password");
  }

  private void click(By locator) {
    browser.driver().findElement(locator).click();
  }
}
