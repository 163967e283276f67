package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * The email's state agrees across the tabs of a browser: a link opened in one tab changes what the
 * others show. A requested change that waits for its link is shown on the account page, from the
 * server, and can be cancelled.
 */
@ExtendWith(ScreenshotOnFailure.class)
class EmailStateIT {

  private static final String VERIFY = "Verify your taskguard email";
  private static final String CONFIRM_NEW = "Confirm your new taskguard email";

  private Chromium browser;
  private AccountPages pages;

  @BeforeEach
  void start(TestInfo test) {
    browser = Chromium.start(test);
    pages = new AccountPages(browser);
    browser.clientAddress(AuthApi.newAddress());
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  @Test
  void confirmingTheEmailInAnotherTabRemovesTheBannerInThisOne() {
    Account cy = Account.fresh("Cy");
    pages.signUp(cy);
    browser.waiting().until(visibilityOfElementLocated(By.id("verify-banner")));
    String first = browser.driver().getWindowHandle();

    openInAnotherTab(Mailbox.latest(cy.email(), VERIFY).link("/verify-email?"));
    pages.waitForNotice("your email is confirmed");
    browser.driver().switchTo().window(first);

    browser.waiting().until(invisibilityOfElementLocated(By.id("verify-banner")));
    browser.screenshot("banner-gone");
  }

  @Test
  void aPendingEmailChangeIsShownCancelledAndConfirmedFromAnotherTab() {
    Account dee = Account.fresh("Dee").register();
    pages.signIn(dee);
    browser.driver().findElement(By.id("nav-account")).click();
    pages.waitForView("account");
    String moved = "moved-" + dee.email();
    pages.type("email-new", moved);
    browser.driver().findElement(By.id("email-submit")).click();
    pages.waitForNotice("We mailed a link to " + moved);

    browser.waiting().until(visibilityOfElementLocated(By.id("email-pending")));
    assertEquals(
        "Waiting for you to confirm "
            + moved
            + " — sent just now. Your email changes when you"
            + " open the link we mailed there.",
        browser.driver().findElement(By.id("email-pending-text")).getText());
    browser.driver().navigate().refresh();
    pages.waitForView("account");
    browser.waiting().until(visibilityOfElementLocated(By.id("email-pending")));
    assertTrue(pages.field("email-pending-text").getText().contains(moved), "the server says it");
    browser.screenshot("pending");
    Axe.assertNoViolations(browser, "account with a pending email change");

    String cancelledLink = Mailbox.latest(moved, CONFIRM_NEW).link("/verify-email?");
    browser.driver().findElement(By.id("email-pending-cancel")).click();
    pages.waitForNotice("The change to " + moved + " is cancelled");
    browser.waiting().until(invisibilityOfElementLocated(By.id("email-pending")));
    String first = browser.driver().getWindowHandle();
    openInAnotherTab(cancelledLink);
    pages.waitForNotice("That confirmation link is no longer valid");
    browser.driver().switchTo().window(first);
    assertEquals(dee.email(), pages.field("account-email").getText());

    String again = "again-" + dee.email();
    pages.type("email-new", again);
    browser.driver().findElement(By.id("email-submit")).click();
    browser.waiting().until(visibilityOfElementLocated(By.id("email-pending")));
    String link = Mailbox.latest(again, CONFIRM_NEW).link("/verify-email?");
    String second = openInAnotherTab(link);
    pages.waitForNotice("your email is confirmed");
    browser.driver().switchTo().window(first);

    browser.waiting().until(textToBePresentInElementLocated(By.id("account-email"), again));
    browser.waiting().until(invisibilityOfElementLocated(By.id("email-pending")));
    assertTrue(pages.field("account-verified").isDisplayed());
    browser.screenshot("changed-in-another-tab");
    browser.driver().switchTo().window(second).close();
    browser.driver().switchTo().window(first);
  }

  /** Opens {@code url} in a new tab of the same browser and stays there; the tab's handle. */
  private String openInAnotherTab(String url) {
    browser.driver().switchTo().newWindow(WindowType.TAB);
    browser.driver().get(url);
    return browser.driver().getWindowHandle();
  }
}
