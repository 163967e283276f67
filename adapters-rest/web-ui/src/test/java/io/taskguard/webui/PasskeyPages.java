package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.HttpResult;
import jakarta.json.JsonObject;
import java.util.Base64;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Protocol;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Transport;

/**
 * The account page's passkeys and the sign-in page's passkey button as a person uses them, with a
 * device that keeps passkeys: Chromium's virtual authenticator (a platform authenticator with a
 * screen lock, as a laptop's or a phone's). Every step waits for its outcome.
 */
final class PasskeyPages {

  static final By ITEMS = By.cssSelector("[data-testid='passkey']");

  private final Chromium browser;
  private final AccountPages pages;
  private final AuthApi auth = new AuthApi();

  PasskeyPages(Chromium browser) {
    this.browser = browser;
    this.pages = new AccountPages(browser);
  }

  /**
   * Plugs in a device that keeps passkeys; {@code verifies}: whether it confirms the person (PIN or
   * biometrics) when asked, else every ceremony that requires it is refused.
   */
  VirtualAuthenticator plugInDevice(boolean verifies) {
    return ((HasVirtualAuthenticator) browser.driver())
        .addVirtualAuthenticator(
            new VirtualAuthenticatorOptions()
                .setProtocol(Protocol.CTAP2)
                .setTransport(Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(verifies));
  }

  void unplug(VirtualAuthenticator device) {
    ((HasVirtualAuthenticator) browser.driver()).removeVirtualAuthenticator(device);
  }

  /** Opens the account page from the header and waits until the passkeys are listed. */
  void openAccount() {
    browser.driver().findElement(By.id("nav-account")).click();
    pages.waitForView("account");
    browser.waiting().until(attributeToBe(By.id("pk-list"), "aria-busy", "false"));
  }

  /** "Add a passkey", then the name; does not wait for the outcome. */
  void startAdding(String name) {
    if (!browser.driver().findElement(By.id("pk-add-form")).isDisplayed()) {
      click("pk-add");
    }
    pages.type("pk-add-name", name);
    click("pk-add-submit");
  }

  /** Adds a passkey under {@code name} and waits until the list shows it. */
  WebElement add(String name) {
    startAdding(name);
    pages.waitForNotice("“" + name + "” is added");
    return item(name);
  }

  /** The list item whose name is {@code name}, once it is shown. */
  WebElement item(String name) {
    return browser
        .waiting()
        .withMessage(() -> "a passkey named '" + name + "' should be listed")
        .until(
            driver ->
                driver.findElements(ITEMS).stream()
                    .filter(i -> name.equals(part(i, "passkey-name").getText()))
                    .findFirst()
                    .orElse(null));
  }

  List<WebElement> items() {
    return browser.driver().findElements(ITEMS);
  }

  static WebElement part(WebElement item, String testId) {
    return item.findElement(By.cssSelector("[data-testid='" + testId + "']"));
  }

  /** Waits until the error of this element id is shown, and returns its words. */
  String shownError(String id) {
    return browser.waiting().until(visibilityOfElementLocated(By.id(id))).getText();
  }

  /** The passkeys the server lists for the session this tab holds. */
  List<JsonObject> onTheServer() {
    HttpResult list = auth.get("/api/auth/passkey/list-user-passkeys", pages.storedSessionToken());
    assertEquals(200, list.status(), list::toString);
    return list.array().stream().map(JsonObject.class::cast).toList();
  }

  static String base64url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  void click(String id) {
    browser.driver().findElement(By.id(id)).click();
  }

  /** The focused element's id, or else its data-testid. */
  String focused() {
    return browser.script(
        "const e = document.activeElement;"
            + " return e && (e.id || e.getAttribute('data-testid'));");
  }
}
