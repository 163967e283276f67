package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import io.taskguard.testsupport.AuthApi;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The account page's two-factor section and the code step of sign-in, as a person uses them. Every
 * step waits for its outcome.
 */
final class TwoFactorPages {

  /** What turning two-factor on in the page left the person with. */
  record Enrolment(Authenticator app, List<String> backupCodes) {}

  private final Chromium browser;
  private final AccountPages pages;

  TwoFactorPages(Chromium browser) {
    this.browser = browser;
    this.pages = new AccountPages(browser);
  }

  /**
   * Gives this browser a client address of its own (the test server trusts {@code
   * X-Forwarded-For}), so the wrong codes a test types back off no other test's sign-ins.
   */
  static void ownAddress(Chromium browser) {
    browser.driver().executeCdpCommand("Network.enable", Map.of());
    browser
        .driver()
        .executeCdpCommand(
            "Network.setExtraHTTPHeaders",
            Map.of("headers", Map.of("X-Forwarded-For", AuthApi.newAddress())));
  }

  /** Opens the account page from the header and waits until the section says on or off. */
  void openAccount(String status) {
    browser.driver().findElement(By.id("nav-account")).click();
    pages.waitForView("account");
    browser.waiting().until(textToBePresentInElementLocated(By.id("tf-status"), status));
  }

  /** On the account page with two-factor off: "Turn on" with the password; waits for the key. */
  Authenticator startEnrolment(Account account) {
    pages.type("tf-enable-password", account.password());
    click("tf-enable-submit");
    WebElement key = browser.waiting().until(visibilityOfElementLocated(By.id("tf-secret")));
    return Authenticator.ofShownKey(key.getText());
  }

  /** Types a code into the enrolment's confirmation and waits for the backup codes. */
  List<String> confirm(String code) {
    pages.type("tf-confirm-code", code);
    click("tf-confirm-submit");
    return shownBackupCodes();
  }

  /** Turns two-factor on from the account page, and takes the backup codes as they are shown. */
  Enrolment turnOn(Account account) {
    Authenticator app = startEnrolment(account);
    List<String> codes = confirm(app.code(0));
    click("tf-codes-done");
    browser.waiting().until(visibilityOfElementLocated(By.id("tf-on")));
    return new Enrolment(app, codes);
  }

  /** The ten backup codes on show, each checked for its shape. */
  List<String> shownBackupCodes() {
    browser.waiting().until(visibilityOfElementLocated(By.id("tf-codes")));
    List<String> codes =
        browser.driver().findElements(By.cssSelector("#tf-codes-list li")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(10, codes.size(), codes::toString);
    assertTrue(
        codes.stream().allMatch(c -> c.matches("[A-Za-z0-9]{5}-[A-Za-z0-9]{5}")), codes::toString);
    return codes;
  }

  /** Signs in with the password from a fresh load of the sign-in page; waits for the code step. */
  void startSignIn(Account account) {
    pages.fillSignIn(account);
    click("signin-submit");
    pages.waitForView("sign-in-code");
  }

  /** On the code step: types a code and sends it, ticking "Trust this device" if asked. */
  void answer(String code, boolean trustDevice) {
    pages.type("code-input", code);
    if (trustDevice) {
      click("code-trust");
    }
    click("code-submit");
  }

  void useBackupCode() {
    click("code-use-backup");
    browser.waiting().until(textToBePresentInElementLocated(By.id("code-label"), "Backup code"));
  }

  void click(String id) {
    browser.driver().findElement(By.id(id)).click();
  }

  /** The element that has the keyboard focus, by id. */
  String focused() {
    return browser.script("return document.activeElement && document.activeElement.id;");
  }

  /** Fails if the page scrolls sideways at the browser's width. */
  void assertNoSidewaysScroll(String screen) {
    assertEquals(
        Boolean.TRUE,
        browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"),
        screen + ": no sideways scrolling");
  }
}
