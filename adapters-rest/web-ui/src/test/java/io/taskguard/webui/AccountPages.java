package io.taskguard.webui;

import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import io.taskguard.testsupport.WireLog;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * The sign-up, sign-in and sign-out pages as a person uses them, plus what every page shares: the
 * current view, the notice line and the errors next to fields. Every step waits for its outcome.
 */
final class AccountPages {

  static final By NOTICE = By.id("notice");
  static final String SESSION_COOKIE = "better-auth.session_token";

  private final Chromium browser;

  AccountPages(Chromium browser) {
    this.browser = browser;
  }

  /** From the front page, follows the link to sign-up and fills the form in; does not submit. */
  void fillSignUp(Account account) {
    browser.open("");
    waitForView("sign-in");
    browser.driver().findElement(By.id("go-sign-up")).click();
    waitForView("sign-up");
    type("signup-name", account.name());
    type("signup-email", account.email());
    type("signup-password", account.password());
  }

  /** Signs up through the page and waits for the (empty) task list. */
  void signUp(Account account) {
    fillSignUp(account);
    browser.driver().findElement(By.id("signup-submit")).click();
    waitForView("tasks");
  }

  void fillSignIn(Account account) {
    browser.open("sign-in");
    waitForView("sign-in");
    type("signin-email", account.email());
    type("signin-password", account.password());
  }

  /** Opens the sign-in page, signs in and waits for the task list. */
  void signIn(Account account) {
    fillSignIn(account);
    browser.driver().findElement(By.id("signin-submit")).click();
    waitForView("tasks");
  }

  /** Signs in on the sign-in page already shown, without loading the page again. */
  void signInWithoutReload(Account account) {
    waitForView("sign-in");
    type("signin-email", account.email());
    type("signin-password", account.password());
    browser.driver().findElement(By.id("signin-submit")).click();
    waitForView("tasks");
  }

  void signOut() {
    browser.driver().findElement(By.id("sign-out")).click();
    waitForView("sign-in");
  }

  WebElement waitForView(String view) {
    return browser
        .waiting()
        .until(visibilityOfElementLocated(By.cssSelector("[data-view='" + view + "']")));
  }

  /** Waits until the notice line says something containing {@code text}; returns all it says. */
  String waitForNotice(String text) {
    browser.waiting().until(textToBePresentInElementLocated(NOTICE, text));
    return browser.driver().findElement(NOTICE).getText();
  }

  /**
   * Waits until the hidden announcer (what screen readers hear of an action shown beside its task)
   * says something containing {@code text}; returns all it says.
   */
  String waitForAnnouncement(String text) {
    return browser
        .waiting()
        .withMessage(() -> "the announcer should say '" + text + "'")
        .until(
            driver -> {
              String said =
                  browser.script("return document.getElementById('announcer').textContent;");
              return said.contains(text) ? said : null;
            });
  }

  /** Waits for the error shown next to the field with this id, and returns it. */
  WebElement fieldError(String fieldId) {
    return browser.waiting().until(visibilityOfElementLocated(By.id(fieldId + "-error")));
  }

  WebElement field(String id) {
    return browser.driver().findElement(By.id(id));
  }

  String value(String id) {
    return field(id).getDomProperty("value");
  }

  void type(String id, String text) {
    WebElement field = field(id);
    field.clear();
    field.sendKeys(text);
  }

  /**
   * The session token in the browser's HttpOnly session cookie (WebDriver reads what the page's
   * scripts cannot), without the cookie's signature; null when the browser holds no such cookie.
   */
  String storedSessionToken() {
    Cookie cookie = sessionCookie();
    if (cookie == null) {
      return null;
    }
    String signed = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
    String token = signed.substring(0, Math.max(0, signed.lastIndexOf('.')));
    WireLog.secret("session token", token);
    return token;
  }

  /** The browser's {@value #SESSION_COOKIE} cookie for the server under test, or null. */
  Cookie sessionCookie() {
    return browser.driver().manage().getCookieNamed(SESSION_COOKIE);
  }
}
