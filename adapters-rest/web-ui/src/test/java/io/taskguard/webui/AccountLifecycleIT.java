package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import io.taskguard.testsupport.Mailbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The account lifecycle in the web UI: "Forgot password?" and the page the mailed link opens, the
 * banner that asks to confirm the email and the confirmation link, and the account page (name,
 * email, password, deletion that says what is lost). Mail really goes over SMTP to the suite's mail
 * server, and the links are followed as a person would.
 */
@ExtendWith(ScreenshotOnFailure.class)
class AccountLifecycleIT {

  private Chromium browser;
  private AccountPages pages;

  @BeforeEach
  void start(TestInfo test) {
    browser = Chromium.start(test);
    pages = new AccountPages(browser);
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  @Test
  void aForgottenPasswordIsResetThroughTheMailedLink() {
    Account ann = Account.fresh("Ann").register();
    browser.open("sign-in");
    pages.waitForView("sign-in");
    browser.driver().findElement(By.id("go-forgot-password")).click();
    pages.waitForView("forgot-password");
    pages.type("forgot-email", ann.email());
    browser.driver().findElement(By.id("forgot-submit")).click();
    browser.waiting().until(visibilityOfElementLocated(By.id("forgot-sent")));
    browser.screenshot("link-sent");

    String link =
        Mailbox.latest(ann.email(), "Reset your taskguard password").link("/reset-password/");
    browser.driver().get(link);
    pages.waitForView("reset-password");
    String address = browser.driver().getCurrentUrl();
    assertFalse(address.contains("token"), "the token leaves the address bar: " + address);
    assertTrue(address.endsWith("#/reset-password"), address);
    browser.screenshot("reset-page");

    pages.type("reset-password", "short");
    browser.driver().findElement(By.id("reset-submit")).click();
    assertEquals("Use at least 8 characters.", pages.fieldError("reset-password").getText());

    browser.driver().navigate().refresh();
    pages.waitForView("reset-password");
    assertTrue(
        browser.driver().findElement(By.id("reset-form")).isDisplayed(), "a reload keeps it");
    assertFalse(browser.driver().findElement(By.id("reset-invalid")).isDisplayed());
    assertTrue(browser.driver().getCurrentUrl().endsWith("/#/reset-password"));
    String fresh = "a-brand-new-" + ann.password();
    pages.type("reset-password", fresh);
    browser.driver().findElement(By.id("reset-submit")).click();
    pages.waitForView("sign-in");
    pages.waitForNotice("Your password is changed");
    assertEquals(ann.email(), pages.value("signin-email"), "the form knows whose password it was");
    browser.screenshot("signed-out-with-email");

    browser.driver().navigate().back();
    pages.waitForView("reset-password");
    browser.waiting().until(visibilityOfElementLocated(By.id("reset-invalid")));
    browser.driver().navigate().forward();
    pages.signInWithoutReload(new Account(ann.name(), ann.email(), fresh));

    browser.driver().get(link);
    pages.waitForView("reset-password");
    browser.waiting().until(visibilityOfElementLocated(By.id("reset-invalid")));
    assertFalse(browser.driver().findElement(By.id("reset-form")).isDisplayed());
    browser.screenshot("used-link");
  }

  @Test
  void theBannerAsksToConfirmTheEmailUntilTheLinkIsOpened() {
    Account bea = Account.fresh("Bea");
    pages.signUp(bea);
    browser.waiting().until(visibilityOfElementLocated(By.id("verify-banner")));
    browser.driver().findElement(By.id("verify-resend")).click();
    pages.waitForNotice("We mailed a new link to " + bea.email());
    browser.screenshot("banner");

    Mailbox.await(bea.email(), 2);
    String link = Mailbox.latest(bea.email(), "Verify your taskguard email").link("/verify-email?");
    browser.driver().get(link);
    pages.waitForNotice("your email is confirmed");
    pages.waitForView("tasks");
    assertFalse(browser.driver().getCurrentUrl().contains("view="));
    browser.driver().findElement(By.id("nav-account")).click();
    pages.waitForView("account");
    browser.waiting().until(visibilityOfElementLocated(By.id("account-verified")));
    browser.waiting().until(invisibilityOfElementLocated(By.id("verify-banner")));
    browser.screenshot("confirmed");

    browser.driver().get(link);
    pages.waitForNotice("That confirmation link is no longer valid");
  }

  @Test
  void theAccountPageChangesNameEmailAndPasswordAndDeletesSayingWhatIsLost() throws Exception {
    Account cy = Account.fresh("Cy").register();
    pages.signIn(cy);
    TaskListPage tasks = new TaskListPage(browser);
    tasks.add("Water the plants", null);
    tasks.add("Call the bank", null);
    tasks.waitForTitles("Call the bank", "Water the plants");

    browser.driver().findElement(By.id("nav-account")).click();
    pages.waitForView("account");
    browser.waiting().until(textToBePresentInElementLocated(By.id("account-email"), cy.email()));
    assertTrue(browser.driver().findElement(By.id("account-unverified")).isDisplayed());
    browser.waiting().until(textToBePresentInElementLocated(By.id("delete-warning"), "2 tasks"));
    assertTrue(
        browser
            .driver()
            .findElement(By.id("delete-warning"))
            .getText()
            .contains("cannot be undone"));
    browser.screenshot("account-page");

    pages.type("profile-name", "Cyrus");
    browser.driver().findElement(By.id("profile-submit")).click();
    pages.waitForNotice("Your name is saved");
    browser.waiting().until(textToBePresentInElementLocated(By.id("current-user"), "Cyrus"));

    String moved = "moved-" + cy.email();
    pages.type("email-new", moved);
    browser.driver().findElement(By.id("email-submit")).click();
    pages.waitForNotice("We mailed a link to " + moved);
    Mailbox.latest(moved, "Confirm your new taskguard email");

    pages.type("password-current", "not my password at all");
    pages.type("password-new", "a-new-" + cy.password());
    browser.driver().findElement(By.id("password-submit")).click();
    assertEquals(
        "That is not your current password.", pages.fieldError("password-current").getText());
    pages.type("password-current", cy.password());
    browser.driver().findElement(By.id("password-submit")).click();
    pages.waitForNotice("Your password is changed, and every other device is signed out");
    String password = "a-new-" + cy.password();

    pages.type("delete-password", password);
    browser.driver().findElement(By.id("delete-submit")).click();
    assertEquals("Tick this box to confirm.", pages.fieldError("delete-confirm").getText());
    browser.screenshot("delete-confirm");
    browser.driver().findElement(By.id("delete-confirm")).click();
    browser.driver().findElement(By.id("delete-submit")).click();
    pages.waitForView("sign-in");
    pages.waitForNotice("Your account and all its tasks are deleted");
    browser.screenshot("deleted");

    HttpResponse<String> signIn =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(Chromium.baseUrl() + "/api/auth/sign-in/email"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"email\":\"" + cy.email() + "\",\"password\":\"" + password + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(401, signIn.statusCode(), signIn::body);
  }
}
