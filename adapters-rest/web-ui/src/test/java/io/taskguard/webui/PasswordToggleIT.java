package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every password field has a "Show password" toggle: pressed, the field shows what was typed, the
 * value and the focus stay; sending the form hides it again. Every new password has a strength
 * meter that says what the server would answer: a password the rules refuse is named weak with the
 * refusal sending it gets; a strong one is accepted, by the meter and by the server.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PasswordToggleIT {

  static final String TOO_WEAK =
      "This password is too easy to guess. Add words or characters that follow no pattern.";

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
  void everyPasswordFieldShowsAndHidesWhatWasTyped() {
    Account flo = Account.fresh("Flo");
    pages.fillSignUp(flo);
    WebElement field = pages.field("signup-password");
    WebElement toggle = toggleOf("signup-password");
    assertEquals("Show password", toggle.getText());
    assertEquals("false", toggle.getDomAttribute("aria-pressed"));

    toggle.click();
    assertEquals("text", field.getDomAttribute("type"));
    assertEquals("true", toggle.getDomAttribute("aria-pressed"));
    assertEquals(flo.password(), pages.value("signup-password"), "the value stays");
    assertEquals(toggle, browser.driver().switchTo().activeElement(), "focus stays on the toggle");
    browser.screenshot("shown");
    Axe.assertNoViolations(browser, "sign-up with the password shown");
    toggle.click();
    assertEquals("password", field.getDomAttribute("type"));
    assertEquals("false", toggle.getDomAttribute("aria-pressed"));

    toggle.click();
    browser.driver().findElement(By.id("signup-submit")).click();
    pages.waitForView("tasks");

    browser.driver().findElement(By.id("nav-account")).click();
    pages.waitForView("account");
    List<WebElement> passwords =
        browser
            .driver()
            .findElements(By.cssSelector("[data-view='account'] input[type='password']"));
    for (WebElement password : passwords) {
      WebElement own = toggleOf(password.getDomAttribute("id"));
      assertEquals("false", own.getDomAttribute("aria-pressed"));
    }
    pages.type("password-current", flo.password());
    toggleOf("password-current").click();
    assertEquals("text", pages.field("password-current").getDomAttribute("type"));
    pages.type("password-new", "short");
    browser.driver().findElement(By.id("password-submit")).click();
    pages.fieldError("password-new");
    assertEquals(
        "password",
        pages.field("password-current").getDomAttribute("type"),
        "a sent form hides its passwords again");
  }

  private WebElement toggleOf(String fieldId) {
    return browser
        .driver()
        .findElement(
            By.cssSelector("[data-testid='password-toggle'][aria-controls='" + fieldId + "']"));
  }

  @Test
  void theMeterGivesTheServersVerdictBeforeTheFormIsSent() {
    Account flo = Account.fresh("Flo");
    pages.fillSignUp(flo);
    WebElement meter =
        browser.driver().findElement(By.cssSelector("[data-testid='password-meter']"));

    pages.type("signup-password", "aaaaaaab");
    String weak = meterSays("false");
    assertTrue(weak.startsWith("Strength: Weak.") || weak.startsWith("Strength: Very weak."), weak);
    assertTrue(weak.contains(TOO_WEAK), weak);
    browser.screenshot("weak");
    Axe.assertNoViolations(browser, "sign-up with the strength meter");

    browser.driver().findElement(By.id("signup-submit")).click();
    assertEquals(
        TOO_WEAK,
        pages.fieldError("signup-password").getText(),
        "sending it gets the refusal the meter announced");

    pages.type("signup-password", flo.password());
    String strong = meterSays("true");
    assertTrue(strong.startsWith("Strength: Very strong. The server accepts it."), strong);
    assertTrue(meter.isDisplayed());

    pages.field("signup-password").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    browser.waiting().until(d -> !meter.isDisplayed());

    pages.type("signup-password", flo.password());
    meterSays("true");
    browser.driver().findElement(By.id("signup-submit")).click();
    pages.waitForView("tasks");
  }

  /** Waits for the meter to show a verdict of this acceptability, and returns its words. */
  private String meterSays(String acceptable) {
    By meter =
        By.cssSelector("[data-testid='password-meter'][data-acceptable='" + acceptable + "']");
    browser.waiting().until(d -> d.findElement(meter).isDisplayed());
    WebElement text =
        browser.driver().findElement(By.cssSelector("[data-testid='password-meter-text']"));
    browser.waiting().until(d -> !text.getText().isEmpty());
    return text.getText();
  }
}
