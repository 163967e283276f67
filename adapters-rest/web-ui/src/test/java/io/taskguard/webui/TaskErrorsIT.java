package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Failed saves on the task list: the error sits next to its field and nothing typed is lost. */
@ExtendWith(ScreenshotOnFailure.class)
class TaskErrorsIT {

  private Chromium browser;
  private AccountPages pages;
  private TaskListPage tasks;

  @BeforeEach
  void start(TestInfo test) {
    browser = Chromium.start(test);
    pages = new AccountPages(browser);
    tasks = new TaskListPage(browser);
    pages.signIn(Account.fresh("Tess").register());
    tasks.waitForTitles();
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  @Test
  void emptyTitleIsShownNextToTheTitleAndTheDescriptionStays() {
    tasks.submitNew("   ", "Remember the oat milk");

    WebElement error = pages.fieldError("new-task-title");
    assertTrue(error.getText().contains("cannot be empty"), error.getText());
    WebElement title = pages.field("new-task-title");
    assertEquals("true", title.getDomAttribute("aria-invalid"));
    assertTrue(title.getDomAttribute("aria-describedby").contains("new-task-title-error"));
    assertEquals(title, browser.driver().switchTo().activeElement());
    assertEquals("Remember the oat milk", pages.value("new-task-description"));
    tasks.waitForTitles();
    browser.screenshot("empty-title");

    title.sendKeys("Oat milk");
    browser.driver().findElement(By.id("add-task")).click();
    tasks.waitForTitles("Oat milk");
    assertEquals("Remember the oat milk", TaskListPage.description(tasks.item("Oat milk")));
    assertEquals("", pages.value("new-task-title"), "a saved task clears the form");
  }

  @Test
  void emptyTitleWhileEditingKeepsTheEditorAndItsText() {
    tasks.add("Paint the fence", "White");
    WebElement form = tasks.startEditing("Paint the fence");
    WebElement title = form.findElement(By.cssSelector("[data-testid='task-edit-title']"));
    WebElement description =
        form.findElement(By.cssSelector("[data-testid='task-edit-description']"));
    TaskListPage.replaceText(title, " ");
    TaskListPage.replaceText(description, "Green, two coats");
    form.findElement(By.cssSelector("[data-testid='task-save']")).click();

    WebElement error =
        browser
            .waiting()
            .until(d -> form.findElement(By.cssSelector("[data-testid='task-edit-title-error']")));
    browser.waiting().until(d -> error.isDisplayed());
    assertTrue(error.getText().contains("cannot be empty"), error.getText());
    assertEquals("true", title.getDomAttribute("aria-invalid"));
    assertEquals("Green, two coats", description.getDomProperty("value"));
    browser.screenshot("empty-title-while-editing");

    form.findElement(By.cssSelector("[data-testid='task-cancel']")).click();
    assertEquals("White", TaskListPage.description(tasks.item("Paint the fence")));
  }

  @Test
  void unreachableServerIsAnnouncedAndTheTypedTaskStays() {
    browser.offline(true);
    try {
      tasks.submitNew("Renew passport", "Photos first");
      String notice = pages.waitForNotice("Cannot reach");
      assertTrue(notice.contains("still here"), notice);
      assertEquals("Renew passport", pages.value("new-task-title"));
      assertEquals("Photos first", pages.value("new-task-description"));
      browser.screenshot("unreachable");
    } finally {
      browser.offline(false);
    }

    browser.driver().findElement(By.id("add-task")).click();
    tasks.waitForTitles("Renew passport");
    assertEquals("Photos first", TaskListPage.description(tasks.item("Renew passport")));
  }
}
