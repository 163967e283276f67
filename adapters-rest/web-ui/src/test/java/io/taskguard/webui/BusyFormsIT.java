package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.Mailbox;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

/**
 * On a slow network (1.5 s each way) every account form says it is busy on its button ("Saving…"),
 * which is disabled and {@code aria-busy}, and a second send while it is busy sends nothing: the
 * server's audit trail and outbox hold one of each.
 */
@ExtendWith(ScreenshotOnFailure.class)
class BusyFormsIT {

  private final AuthTables db = new AuthTables();
  private Chromium browser;
  private AccountPages pages;
  private String address;

  @BeforeEach
  void start(TestInfo test) {
    browser = Chromium.start(test);
    pages = new AccountPages(browser);
    address = AuthApi.newAddress();
    browser.clientAddress(address);
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  @Test
  void everyAccountFormIsBusyOnceAndCannotBeSentTwice() {
    Account ann = Account.fresh("Ann");
    pages.fillSignUp(ann);
    sendSlowly("signup-submit", "Creating your account…", "Create account");
    pages.waitForView("tasks");
    String userId = (String) db.user(ann.email()).orElseThrow().get("id");
    assertEquals(1, events(userId, "SIGN_UP"));

    browser.driver().findElement(By.id("nav-account")).click();
    pages.waitForView("account");
    pages.type("profile-name", "Annie");
    sendSlowly("profile-submit", "Saving…", "Save name");
    pages.waitForNotice("Your name is saved");
    assertEquals(1, events(userId, "PROFILE_UPDATED"));

    String moved = "moved-" + ann.email();
    pages.type("email-new", moved);
    sendSlowly("email-submit", "Sending the link…", "Change email");
    pages.waitForNotice("We mailed a link to " + moved);
    assertEquals(1, events(userId, "EMAIL_CHANGE_REQUESTED"));

    String second = "second-" + ann.password();
    pages.type("password-current", ann.password());
    pages.type("password-new", second);
    sendSlowly("password-submit", "Changing…", "Change password");
    pages.waitForNotice("Your password is changed");
    assertEquals(1, events(userId, "PASSWORD_CHANGED"));

    pages.signOut();
    long signIns = events(userId, "SIGN_IN");
    pages.type("signin-email", ann.email());
    pages.type("signin-password", second);
    sendSlowly("signin-submit", "Signing in…", "Sign in");
    pages.waitForView("tasks");
    assertEquals(signIns + 1, events(userId, "SIGN_IN"));

    pages.signOut();
    browser.driver().findElement(By.id("go-forgot-password")).click();
    pages.waitForView("forgot-password");
    pages.type("forgot-email", ann.email());
    sendSlowly("forgot-submit", "Sending…", "Send the link");
    browser.waiting().until(d -> d.findElement(By.id("forgot-sent")).isDisplayed());
    assertEquals(1, events(userId, "PASSWORD_RESET_REQUESTED"));

    browser
        .driver()
        .get(Mailbox.latest(ann.email(), "Reset your taskguard password").link("/reset-password/"));
    pages.waitForView("reset-password");
    String third = "third-" + ann.password();
    pages.type("reset-password", third);
    sendSlowly("reset-submit", "Saving…", "Set the new password");
    pages.waitForView("sign-in");
    assertEquals(1, events(userId, "PASSWORD_RESET"));

    pages.signInWithoutReload(new Account("Annie", ann.email(), third));
    browser.driver().findElement(By.id("nav-account")).click();
    pages.waitForView("account");
    pages.type("delete-password", third);
    browser.driver().findElement(By.id("delete-confirm")).click();
    sendSlowly("delete-submit", "Deleting…", "Delete my account");
    pages.waitForView("sign-in");
    assertEquals(1, events(userId, "USER_DELETED"));
    assertEquals(0, db.usersWithEmail(ann.email()));
  }

  /**
   * Clicks the form's button on a slow network, checks that it is busy, tries to send the form
   * again while it is, and waits until the form is done (its button idle, or the form gone).
   */
  private void sendSlowly(String buttonId, String busyWords, String idleWords) {
    ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
    slow.setLatency(Duration.ofMillis(1500));
    browser.driver().setNetworkConditions(slow);
    try {
      WebElement button = browser.driver().findElement(By.id(buttonId));
      button.click();
      browser.waiting().until(d -> busyWords.equals(button.getText()));
      assertFalse(button.isEnabled(), buttonId + " is disabled while busy");
      assertEquals("true", button.getDomAttribute("aria-busy"));
      browser.screenshot(buttonId + "-busy");
      browser.script("arguments[0].form.requestSubmit();", button);
      button.click();
      browser
          .waiting()
          .withMessage(() -> buttonId + " should be done")
          .until(
              d ->
                  d.findElements(By.id(buttonId)).isEmpty()
                      || !d.findElement(By.id(buttonId)).isDisplayed()
                      || idleWords.equals(d.findElement(By.id(buttonId)).getText()));
    } finally {
      browser.driver().deleteNetworkConditions();
    }
  }

  private long events(String userId, String event) {
    return db.auditEvents(userId, "none").stream()
        .filter(row -> event.equals(row.get("event")))
        .count();
  }
}
