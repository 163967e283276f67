package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Sign-in and sign-up failures: each is shown where it belongs (next to its field, at the form, or
 * in the notice line), the field is marked invalid for assistive technology, and what was typed
 * stays.
 */
@ExtendWith(ScreenshotOnFailure.class)
class AuthErrorsIT {

  private static Account existing;
  private Chromium browser;
  private AccountPages pages;

  @BeforeAll
  static void registerOneAccount() {
    existing = Account.fresh("Erin").register();
  }

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
  void wrongPasswordIsRefusedAtTheFormAndKeepsWhatWasTyped() {
    Account wrong = new Account(existing.name(), existing.email(), existing.password() + "-nope");
    pages.fillSignIn(wrong);
    browser.driver().findElement(By.id("signin-submit")).click();

    WebElement error =
        browser
            .waiting()
            .until(d -> d.findElement(By.id("signin-form-error")).isDisplayed() ? d : null)
            .findElement(By.id("signin-form-error"));
    assertEquals("Wrong email or password.", error.getText());
    assertEquals(wrong.email(), pages.value("signin-email"));
    assertEquals(wrong.password(), pages.value("signin-password"));
    assertNull(pages.storedSessionToken());
    pages.waitForView("sign-in");
    browser.screenshot("wrong-password");
  }

  @Test
  void takenEmailIsShownNextToTheEmailField() {
    Account again = new Account("Erin Again", existing.email(), "another-" + existing.password());
    pages.fillSignUp(again);
    browser.driver().findElement(By.id("signup-submit")).click();

    WebElement error = pages.fieldError("signup-email");
    assertTrue(error.getText().contains("already exists"), error.getText());
    assertFieldMarkedInvalid("signup-email");
    assertEquals(again.email(), pages.value("signup-email"));
    assertEquals(again.name(), pages.value("signup-name"));
    assertEquals(again.password(), pages.value("signup-password"));
    browser.screenshot("taken-email");
  }

  @Test
  void tooCommonPasswordIsShownNextToThePasswordField() {
    Account weak = new Account("Walt", Account.fresh("Walt").email(), "password123");
    pages.fillSignUp(weak);
    browser.driver().findElement(By.id("signup-submit")).click();

    WebElement error = pages.fieldError("signup-password");
    assertTrue(error.getText().contains("too common"), error.getText());
    assertFieldMarkedInvalid("signup-password");
    String describedBy = pages.field("signup-password").getDomAttribute("aria-describedby");
    assertTrue(
        describedBy.contains("signup-password-hint"), "the hint is still read: " + describedBy);
    assertEquals(weak.email(), pages.value("signup-email"));
    assertEquals("password123", pages.value("signup-password"));
    assertEquals(
        pages.field("signup-password"),
        browser.driver().switchTo().activeElement(),
        "focus moves to the field to fix");
    browser.screenshot("too-common-password");

    pages.type("signup-password", "x");
    assertFalse(error.isDisplayed(), "the error goes away once the person changes the field");
  }

  /**
   * A real 429 would throttle the test server's address for every other test, so the browser's
   * fetch answers the sign-in with the 429 the server sends; the page's handling is what is tested.
   */
  @Test
  void throttledSignInSaysHowLongToWait() {
    pages.fillSignIn(existing);
    browser.script(
        "const realFetch = window.fetch;"
            + "window.fetch = (input, init) => String(input).includes('/api/auth/sign-in/email')"
            + "  ? Promise.resolve(new Response("
            + "      JSON.stringify({message: 'Too many requests. Please try again later.',"
            + "                      code: 'TOO_MANY_REQUESTS'}),"
            + "      {status: 429, headers: {'Content-Type': 'application/json', 'Retry-After': '3599'}}))"
            + "  : realFetch(input, init);");
    browser.driver().findElement(By.id("signin-submit")).click();

    String notice = pages.waitForNotice("Too many attempts.");
    assertEquals("Too many attempts. You can try again in about an hour.", notice);
    assertEquals(existing.email(), pages.value("signin-email"));
    assertEquals(existing.password(), pages.value("signin-password"));
    browser.screenshot("throttled");
  }

  private void assertFieldMarkedInvalid(String id) {
    WebElement field = pages.field(id);
    assertEquals("true", field.getDomAttribute("aria-invalid"));
    assertTrue(
        field.getDomAttribute("aria-describedby").contains(id + "-error"),
        "the error is announced with the field");
  }
}
