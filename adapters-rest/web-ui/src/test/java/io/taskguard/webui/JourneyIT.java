package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A person's whole first visit: sign up, work with tasks, sign out, and find them again later. */
@ExtendWith(ScreenshotOnFailure.class)
class JourneyIT {

  private Chromium browser;
  private AccountPages pages;
  private TaskListPage tasks;

  @BeforeEach
  void start(TestInfo test) {
    browser = Chromium.start(test);
    pages = new AccountPages(browser);
    tasks = new TaskListPage(browser);
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  @Test
  void signUpManageTasksSignOutAndSignInAgain() {
    Account ann = Account.fresh("Ann");
    pages.signUp(ann);
    pages.waitForNotice("Welcome");
    assertEquals(ann.name(), browser.driver().findElement(By.id("current-user")).getText());
    tasks.waitForTitles();
    browser.screenshot("signed-up");

    tasks.add("Buy milk", null);
    tasks.add("Write report", "Quarterly numbers");
    tasks.add("Call plumber", null);
    tasks.waitForTitles("Call plumber", "Write report", "Buy milk");
    browser.screenshot("three-tasks");

    tasks.toggle("Write report");
    assertTrue(tasks.completed("Write report"));
    assertFalse(tasks.completed("Buy milk"));

    tasks.filter("pending");
    tasks.waitForTitles("Call plumber", "Buy milk");
    browser.screenshot("pending");
    tasks.filter("completed");
    tasks.waitForTitles("Write report");
    browser.screenshot("completed");
    tasks.filter("all");
    tasks.waitForTitles("Call plumber", "Write report", "Buy milk");

    tasks.search("MILK");
    tasks.waitForTitles("Buy milk");
    tasks.search("");
    tasks.waitForTitles("Call plumber", "Write report", "Buy milk");

    tasks.edit("Call plumber", "Call the plumber", "Kitchen tap drips");
    assertEquals("Kitchen tap drips", TaskListPage.description(tasks.item("Call the plumber")));
    tasks.delete("Buy milk");
    tasks.waitForTitles("Call the plumber", "Write report");
    pages.waitForAnnouncement("Deleted");
    browser.screenshot("edited-and-deleted");

    assertCredentialsKeptAsPromised();

    pages.signOut();
    pages.waitForNotice("signed out");
    assertNull(pages.storedSessionToken());
    assertTrue(browser.driver().findElement(By.id("app-nav")).getDomAttribute("hidden") != null);
    browser.screenshot("signed-out");

    pages.signIn(ann);
    tasks.waitForTitles("Call the plumber", "Write report");
    assertTrue(tasks.completed("Write report"));
    assertFalse(tasks.completed("Call the plumber"));
    assertEquals("Kitchen tap drips", TaskListPage.description(tasks.item("Call the plumber")));
    assertEquals("Quarterly numbers", TaskListPage.description(tasks.item("Write report")));
    browser.screenshot("signed-in-again");
  }

  /**
   * The session token only in the HttpOnly cookie, out of the page's reach; the JWT in no storage
   * at all.
   */
  private void assertCredentialsKeptAsPromised() {
    String sessionToken = pages.storedSessionToken();
    assertNotNull(sessionToken, "the session token is kept in the session cookie");
    assertTrue(pages.sessionCookie().isHttpOnly());
    String visible = browser.script("return document.cookie;");
    assertFalse(visible.contains(sessionToken), "page scripts see the session token: " + visible);
    assertEquals(0L, (Long) browser.script("return window.localStorage.length;"));
    assertEquals(0L, (Long) browser.script("return window.sessionStorage.length;"));
  }
}
