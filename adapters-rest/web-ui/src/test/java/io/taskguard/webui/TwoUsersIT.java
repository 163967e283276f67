package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Two people in two browsers at once: each sees only their own tasks, before and after a reload.
 */
@ExtendWith(ScreenshotOnFailure.class)
class TwoUsersIT {

  private Chromium alicesBrowser;
  private Chromium bobsBrowser;

  @BeforeEach
  void start(TestInfo test) {
    alicesBrowser = Chromium.start(test, "alice");
    bobsBrowser = Chromium.start(test, "bob");
  }

  @AfterEach
  void stop() {
    try {
      alicesBrowser.close();
    } finally {
      bobsBrowser.close();
    }
  }

  @Test
  void neverSeeEachOthersTasks() {
    AccountPages alice = new AccountPages(alicesBrowser);
    AccountPages bob = new AccountPages(bobsBrowser);
    TaskListPage alicesTasks = new TaskListPage(alicesBrowser);
    TaskListPage bobsTasks = new TaskListPage(bobsBrowser);
    alice.signUp(Account.fresh("Alice"));
    bob.signUp(Account.fresh("Bob"));

    alicesTasks.add("Alice's surprise party", "Do not tell Bob");
    bobsTasks.add("Bob's shopping", null);
    alicesTasks.add("Alice's tax return", null);

    alicesTasks.waitForTitles("Alice's tax return", "Alice's surprise party");
    bobsTasks.waitForTitles("Bob's shopping");
    bobsTasks.search("Alice");
    bobsTasks.waitForTitles();
    assertEquals(
        "No tasks match “Alice”.",
        bobsBrowser.driver().findElement(By.id("task-summary")).getText());
    alicesBrowser.screenshot("alice");
    bobsBrowser.screenshot("bob");

    alicesBrowser.driver().navigate().refresh();
    bobsBrowser.driver().navigate().refresh();
    alicesTasks.waitForTitles("Alice's tax return", "Alice's surprise party");
    bobsTasks.waitForTitles("Bob's shopping");
    alicesBrowser.screenshot("alice-after-reload");
    bobsBrowser.screenshot("bob-after-reload");
  }
}
