package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent;

import io.taskguard.testsupport.TitleOrderSample;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;

/**
 * The task list as a daily user meets it: deleting with an undo while nothing moves under the
 * pointer, only the checkbox completing a task, one editor at a time, feedback beside the task,
 * busy states, failures that leave the list consistent with the filter, sorting, paging, long
 * descriptions, clearing the completed tasks, right-to-left text.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DailyUseIT {

  static final By DELETED = By.cssSelector("[data-testid='task-deleted-item']");
  static final By FORMS = By.cssSelector("[data-testid='task-edit-form']");

  private Chromium browser;
  private AccountPages pages;
  private TaskListPage tasks;

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  private void signedIn(TestInfo test, String name) {
    signedIn(test, name, Chromium.start(test));
  }

  private void signedIn(TestInfo test, String name, Chromium started) {
    browser = started;
    pages = new AccountPages(browser);
    tasks = new TaskListPage(browser);
    browser.open("");
    pages.signIn(Account.fresh(name).register());
    tasks.waitForTitles();
  }

  @Test
  void deletingLeavesAnUndoInPlaceAndNothingMovesUnderThePointer(TestInfo test) {
    signedIn(test, "Dora");
    tasks.add("One", null);
    tasks.add("Two", null);
    tasks.add("Three", null);
    tasks.waitForTitles("Three", "Two", "One");
    int oneTop = tasks.item("One").getRect().getY();
    WebElement two = tasks.item("Two");
    int twoTop = two.getRect().getY();
    int twoHeight = two.getRect().getHeight();

    // Two clicks 0.8 s apart on the same spot: the first deletes "Two", the second deletes nothing.
    WebElement delete = two.findElement(By.cssSelector("[data-testid='task-delete']"));
    new Actions(browser.driver()).moveToElement(delete).click().perform();
    assertEquals(
        "Undo deleting “Two”",
        focused().getDomAttribute("aria-label"),
        "keyboard focus moves to the undo");
    new Actions(browser.driver()).pause(Duration.ofMillis(800)).click().perform();
    tasks.waitForTitles("Three", "One");
    assertEquals(1, browser.driver().findElements(DELETED).size());
    assertEquals(twoTop, two.getRect().getY(), "the deleted task keeps its place");
    assertEquals(twoHeight, two.getRect().getHeight(), "and its height");
    assertEquals(oneTop, tasks.item("One").getRect().getY(), "the task below did not move");
    assertTrue(two.getText().contains("Deleted “Two”."), two.getText());
    pages.waitForAnnouncement("Undo is possible for 5 seconds");
    browser.screenshot("deleted-with-undo");

    two.findElement(By.cssSelector("[data-testid='task-undo']")).click();
    tasks.waitForTitles("Three", "Two", "One");
    assertEquals("Kept “Two”.", feedback("Two"));
    pause(Duration.ofSeconds(6));
    reload();
    tasks.waitForTitles("Three", "Two", "One");

    tasks.delete("Two");
    browser
        .waiting()
        .withMessage("the deletion is sent once the undo period is over")
        .until(driver -> driver.findElements(DELETED).isEmpty());
    reload();
    tasks.waitForTitles("Three", "One");
  }

  @Test
  void onlyTheCheckboxCompletesTheTitleEditsAndOneEditorIsOpenAtATime(TestInfo test) {
    signedIn(test, "Otto");
    tasks.add("Alpha", null);
    tasks.add("Beta", null);

    WebElement alpha = tasks.item("Alpha");
    WebElement beta = tasks.item("Beta");
    title("Alpha").click();
    assertEquals(1, browser.driver().findElements(FORMS).size());
    assertEquals(1, alpha.findElements(FORMS).size(), "the title opened its own task's editor");
    assertEquals("false", alpha.getDomAttribute("data-completed"), "and did not complete it");
    new Actions(browser.driver()).doubleClick(title("Beta")).perform();
    List<WebElement> forms = browser.driver().findElements(FORMS);
    assertEquals(1, forms.size(), "opening another editor closed the unchanged one");
    assertEquals(1, beta.findElements(FORMS).size());
    WebElement betaTitle =
        forms.get(0).findElement(By.cssSelector("[data-testid='task-edit-title']"));
    assertEquals("Beta", betaTitle.getDomProperty("value"));
    assertEquals(
        "false",
        beta.getDomAttribute("data-completed"),
        "a double click to edit completes nothing");
    assertEquals("false", alpha.getDomAttribute("data-completed"));

    betaTitle.sendKeys(" and more");
    tasks.item("Alpha").findElement(By.cssSelector("[data-testid='task-edit']")).click();
    Alert asked = browser.waiting().until(alertIsPresent());
    assertEquals("Discard your changes to “Beta”?", asked.getText());
    asked.dismiss();
    forms = browser.driver().findElements(FORMS);
    assertEquals(1, forms.size(), "declined: the changed editor stays, no second one opens");
    assertEquals("Beta and more", betaTitle.getDomProperty("value"));

    betaTitle.sendKeys(Keys.ESCAPE);
    browser.waiting().until(alertIsPresent()).dismiss();
    assertEquals(1, browser.driver().findElements(FORMS).size(), "Escape asked first");
    betaTitle.sendKeys(Keys.ESCAPE);
    browser.waiting().until(alertIsPresent()).accept();
    browser.waiting().until(driver -> driver.findElements(FORMS).isEmpty());
    tasks.waitForTitles("Beta", "Alpha");

    tasks.item("Alpha").findElement(By.cssSelector("[data-testid='task-toggle']")).click();
    browser.waiting().until(driver -> tasks.completed("Alpha"));
    assertEquals("Marked “Alpha” as done.", feedback("Alpha"));
    pages.waitForAnnouncement("Marked “Alpha” as done.");
    assertEquals(
        "Alpha",
        browser.script(
            "const box = arguments[0];"
                + "return document.getElementById(box.getAttribute('aria-labelledby')).textContent;",
            tasks.item("Alpha").findElement(By.cssSelector("[data-testid='task-toggle']"))),
        "the checkbox is named by the task's title");
    browser.screenshot("feedback-beside-the-task");
  }

  @Test
  void slowAndFailedRequestsSaySoBesideTheTaskAndTheListFollowsTheFilter(TestInfo test) {
    signedIn(test, "Sam");
    tasks.add("Gamma", null);

    ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
    slow.setLatency(Duration.ofMillis(1500));
    browser.driver().setNetworkConditions(slow);
    try {
      tasks.item("Gamma").findElement(By.cssSelector("[data-testid='task-toggle']")).click();
      browser.waiting().until(driver -> "Marking as done…".equals(feedbackOrNull("Gamma")));
      assertEquals("true", tasks.item("Gamma").getDomAttribute("aria-busy"));
      browser.screenshot("busy");
      browser.waiting().until(driver -> tasks.completed("Gamma"));

      tasks.submitNew("Delta", null);
      browser
          .waiting()
          .until(
              driver ->
                  "true"
                      .equals(
                          driver.findElement(By.id("new-task-form")).getDomAttribute("aria-busy")));
      tasks.item("Delta");

      WebElement form = tasks.startEditing("Delta");
      TaskListPage.replaceText(
          form.findElement(By.cssSelector("[data-testid='task-edit-title']")), "Delta two");
      WebElement save = form.findElement(By.cssSelector("[data-testid='task-save']"));
      save.click();
      browser.waiting().until(driver -> "Saving…".equals(save.getText()));
      tasks.item("Delta two");
    } finally {
      browser.driver().deleteNetworkConditions();
    }

    browser.offline(true);
    try {
      tasks.item("Delta two").findElement(By.cssSelector("[data-testid='task-toggle']")).click();
      browser
          .waiting()
          .until(
              driver ->
                  feedbackOrNull("Delta two") != null
                      && feedbackOrNull("Delta two").startsWith("Could"));
      assertEquals(
          "Could not mark “Delta two” as done. Cannot reach the taskguard server. Check your"
              + " connection and try again.",
          feedback("Delta two"));
      assertFalse(tasks.completed("Delta two"), "the checkbox shows what the server has");
      browser.screenshot("offline-toggle");

      tasks.filter("pending");
      pages.waitForNotice("Cannot reach");
      assertEquals(List.of(), tasks.titles(), "no list of another filter is left on show");
      assertTrue(
          browser
              .driver()
              .findElement(By.id("task-summary"))
              .getText()
              .startsWith("Your tasks could not be loaded."));
    } finally {
      browser.offline(false);
    }
    browser.driver().findElement(By.id("retry-load")).click();
    tasks.waitForTitles("Delta two");
  }

  @Test
  void longListsSortPageShortenLongDescriptionsAndClearCompletedWithUndo(TestInfo test) {
    signedIn(test, "Lena");
    String longText = "A long description. ".repeat(30).strip();
    String created =
        browser.asyncScript(
            "const done = arguments[arguments.length - 1];"
                + "import(new URL('tasks-api.js', document.querySelector('script[type=module]').src).href).then(async (api) => {"
                + "  await api.createTask({title: 'Zebra crossing', description: null});"
                + "  await api.createTask({title: 'Aardvark food', description: arguments[0]});"
                + "  for (let i = 1; i <= 53; i++)"
                + "    await api.createTask({title: 'Task ' + String(i).padStart(2, '0'), description: null});"
                + "  done('ok');"
                + "}).catch((e) => done('failed: ' + e));",
            longText);
    assertEquals("ok", created);
    reload();
    browser.waiting().until(driver -> tasks.titles().size() == 50);
    assertEquals("Task 53", tasks.titles().get(0), "newest first");
    assertEquals(
        "The first 50 of 55 tasks; more below.",
        browser.driver().findElement(By.id("task-summary")).getText());
    browser.driver().findElement(By.id("load-more")).click();
    browser.waiting().until(driver -> tasks.titles().size() == 55);
    assertEquals(
        "55 tasks, 55 pending.", browser.driver().findElement(By.id("task-summary")).getText());
    assertFalse(browser.driver().findElement(By.id("load-more")).isDisplayed());

    new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("task-sort")))
        .selectByValue("title");
    browser.waiting().until(driver -> tasks.titles().get(0).equals("Aardvark food"));
    assertEquals("Task 01", tasks.titles().get(1));

    WebElement aardvark = tasks.item("Aardvark food");
    WebElement more = aardvark.findElement(By.cssSelector("[data-testid='task-more']"));
    WebElement description =
        aardvark.findElement(By.cssSelector("[data-testid='task-description']"));
    int shortHeight = description.getRect().getHeight();
    assertEquals("false", more.getDomAttribute("aria-expanded"));
    more.click();
    assertEquals("true", more.getDomAttribute("aria-expanded"));
    assertTrue(description.getRect().getHeight() > shortHeight, "the whole description shows");
    browser.screenshot("sorted-by-title");

    tasks.toggle("Task 01");
    tasks.toggle("Task 02");
    browser.driver().findElement(By.id("clear-completed")).click();
    browser.waiting().until(driver -> !tasks.titles().contains("Task 01"));
    assertFalse(tasks.titles().contains("Task 02"));
    WebElement undoBar = browser.driver().findElement(By.id("undo-bar"));
    assertTrue(undoBar.isDisplayed());
    assertEquals(
        "Cleared 2 completed tasks.",
        browser.driver().findElement(By.id("undo-bar-text")).getText());
    browser.screenshot("cleared-completed");
    browser.driver().findElement(By.id("undo-bar-undo")).click();
    browser.waiting().until(driver -> tasks.titles().contains("Task 01"));
    assertTrue(tasks.completed("Task 02"), "undone: the completed tasks are back as they were");

    browser.driver().findElement(By.id("clear-completed")).click();
    browser.waiting().until(driver -> !tasks.titles().contains("Task 01"));
    browser
        .waiting()
        .withMessage("the clearing is sent once the undo period is over")
        .until(driver -> !driver.findElement(By.id("undo-bar")).isDisplayed());
    pause(Duration.ofSeconds(1));
    reload();
    browser.waiting().until(driver -> tasks.titles().size() == 50);
    browser.driver().findElement(By.id("load-more")).click();
    browser.waiting().until(driver -> tasks.titles().size() == 53);
    assertFalse(tasks.titles().contains("Task 01"));
    assertFalse(tasks.titles().contains("Task 02"));
  }

  @Test
  void titleAToZPutsNumbersInNumericOrderAndIgnoresCaseAndAccents(TestInfo test) {
    signedIn(test, "Nico");
    String created =
        browser.asyncScript(
            "const done = arguments[arguments.length - 1];"
                + "import(new URL('tasks-api.js', document.querySelector('script[type=module]').src).href).then(async (api) => {"
                + "  for (const title of arguments[0])"
                + "    await api.createTask({title, description: null});"
                + "  done('ok');"
                + "}).catch((e) => done('failed: ' + e));",
            TitleOrderSample.CREATED);
    assertEquals("ok", created);
    reload();

    new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("task-sort")))
        .selectByVisibleText("Title, A to Z");

    tasks.waitForTitles(TitleOrderSample.SORTED.toArray(String[]::new));
  }

  @Test
  void searchFindsDescriptionsAndATaskEditedOutOfTheSearchLeavesTheList(TestInfo test) {
    signedIn(test, "Omar");
    tasks.add("Shopping", "oat milk, 2 litres");
    tasks.add("Buy MILK", null);
    tasks.add("Call mum", null);
    assertEquals(
        "Search tasks",
        browser.driver().findElement(By.cssSelector("label[for='task-search']")).getText());

    tasks.search("milk");
    tasks.waitForTitles("Buy MILK", "Shopping");
    assertEquals(
        "2 tasks matching “milk”, 2 pending.",
        browser.driver().findElement(By.id("task-summary")).getText());

    WebElement form = tasks.startEditing("Shopping");
    TaskListPage.replaceText(
        form.findElement(By.cssSelector("[data-testid='task-edit-description']")), "bread");
    form.findElement(By.cssSelector("[data-testid='task-save']")).click();
    tasks.waitForTitles("Buy MILK");
    pages.waitForNotice("It is no longer shown with this filter.");
    tasks.search("BREAD");
    tasks.waitForTitles("Shopping");
  }

  @Test
  void dueDatesSayOverdueInWordsSortSoonestFirstAndFilterTheOverdue(TestInfo test) {
    signedIn(test, "Pia");
    LocalDate today = LocalDate.now();
    String yesterday = today.minusDays(1).toString();
    String created =
        browser.asyncScript(
            "const done = arguments[arguments.length - 1];"
                + "import(new URL('tasks-api.js', document.querySelector('script[type=module]').src).href).then(async (api) => {"
                + "  const old = await api.createTask("
                + "    {title: 'Done already', description: null, due_date: arguments[0]});"
                + "  await api.updateTask(old.id, {completed: true});"
                + "  await api.createTask("
                + "    {title: 'Renew passport', description: null, due_date: arguments[1]});"
                + "  await api.createTask({title: 'Someday', description: null});"
                + "  done('ok');"
                + "}).catch((e) => done('failed: ' + e));",
            yesterday,
            today.plusDays(1).toString());
    assertEquals("ok", created);
    reload();
    tasks.openNewTaskDetails();
    WebElement due = browser.driver().findElement(By.id("new-task-due"));
    assertEquals(
        "Due date (optional)",
        browser.driver().findElement(By.cssSelector("label[for='new-task-due']")).getText());
    browser.script("arguments[0].value = arguments[1];", due, yesterday);
    tasks.add("Pay rent", null);

    assertTrue(dueText("Pay rent").startsWith("Overdue: due "), dueText("Pay rent"));
    assertEquals(yesterday, dueOf("Pay rent").getDomAttribute("data-due"));
    assertTrue(dueText("Renew passport").startsWith("Due "), dueText("Renew passport"));
    assertTrue(dueText("Done already").startsWith("Due "), "a done task is not overdue");
    assertFalse(dueOf("Someday").isDisplayed());
    Axe.assertNoViolations(browser, "tasks with due dates");

    new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("task-sort")))
        .selectByVisibleText("Due date");
    tasks.waitForTitles("Done already", "Pay rent", "Renew passport", "Someday");
    tasks.filter("overdue");
    tasks.waitForTitles("Pay rent");
    assertEquals("1 overdue task.", browser.driver().findElement(By.id("task-summary")).getText());
    browser.screenshot("overdue");

    WebElement form = tasks.startEditing("Pay rent");
    assertEquals(
        yesterday,
        form.findElement(By.cssSelector("[data-testid='task-edit-due']")).getDomProperty("value"));
    browser.script(
        "arguments[0].value = '';",
        form.findElement(By.cssSelector("[data-testid='task-edit-due']")));
    form.findElement(By.cssSelector("[data-testid='task-save']")).click();
    tasks.waitForTitles();
    pages.waitForNotice("It is no longer shown with this filter.");
    tasks.filter("all");
    tasks.waitForTitles("Done already", "Renew passport", "Someday", "Pay rent");
    assertFalse(dueOf("Pay rent").isDisplayed(), "the due date was cleared on the server");
  }

  private WebElement dueOf(String title) {
    return tasks.item(title).findElement(By.cssSelector("[data-testid='task-due']"));
  }

  private String dueText(String title) {
    return dueOf(title).getText();
  }

  @Test
  void onAPhoneTheUndoTheEditorAndTheFeedbackWorkAlike(TestInfo test) {
    signedIn(test, "Pip", Chromium.start(test, 390, 844));
    tasks.add("Call the bank", "About the card that expired");
    tasks.add("Pay rent", null);
    WebElement bank = tasks.item("Call the bank");
    int bankTop = bank.getRect().getY();
    tasks.item("Pay rent").findElement(By.cssSelector("[data-testid='task-delete']")).click();
    tasks.waitForTitles("Call the bank");
    assertEquals(bankTop, bank.getRect().getY(), "the task below did not move");
    browser.screenshot("deleted-with-undo");
    browser.driver().findElement(By.cssSelector("[data-testid='task-undo']")).click();
    tasks.waitForTitles("Pay rent", "Call the bank");

    title("Call the bank").click();
    assertEquals(1, bank.findElements(FORMS).size(), "the title opens the editor");
    assertEquals("false", bank.getDomAttribute("data-completed"));
    browser.screenshot("editor");
    bank.findElement(By.cssSelector("[data-testid='task-cancel']")).click();
    tasks.toggle("Call the bank");
    assertEquals("Marked “Call the bank” as done.", feedback("Call the bank"));
    assertEquals(
        Boolean.TRUE,
        browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"),
        "no sideways scrolling");
    browser.screenshot("feedback");
  }

  @Test
  void rightToLeftTitlesReadRightToLeft(TestInfo test) {
    signedIn(test, "Noa");
    tasks.add("לקנות חלב", "ולחם טרי מהמאפייה");
    WebElement item = tasks.item("לקנות חלב");
    for (String part : List.of("task-title", "task-description")) {
      WebElement text = item.findElement(By.cssSelector("[data-testid='" + part + "']"));
      assertEquals("auto", text.getDomAttribute("dir"), part);
      assertEquals(
          "rtl", browser.script("return getComputedStyle(arguments[0]).direction;", text), part);
    }
    browser.screenshot("right-to-left");
  }

  private WebElement title(String title) {
    return tasks.item(title).findElement(TaskListPage.TITLE);
  }

  private String feedbackOrNull(String title) {
    WebElement feedback =
        tasks.item(title).findElement(By.cssSelector("[data-testid='task-feedback']"));
    return feedback.isDisplayed() ? feedback.getText() : null;
  }

  private String feedback(String title) {
    String said = feedbackOrNull(title);
    assertNotNull(said, "nothing is said beside “" + title + "”");
    return said;
  }

  private WebElement focused() {
    return browser.driver().switchTo().activeElement();
  }

  private void reload() {
    browser.driver().navigate().refresh();
    browser
        .waiting()
        .until(
            driver ->
                !driver.findElements(TaskListPage.ITEMS).isEmpty()
                    || driver.findElement(By.id("task-summary")).getText().startsWith("No tasks"));
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
