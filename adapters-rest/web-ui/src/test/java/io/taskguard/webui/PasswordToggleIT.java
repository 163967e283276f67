package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every password field has a "Show password" toggle: pressed, the field shows what was typed, the
 * value and the focus stay; sending the form hides it again.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PasswordToggleIT {

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
}
