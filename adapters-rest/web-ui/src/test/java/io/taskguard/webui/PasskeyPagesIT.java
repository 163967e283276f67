package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.virtualauthenticator.Credential;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;

/**
 * Passkeys in the web UI on Chromium's virtual authenticator: adding one from the account page,
 * renaming and removing it, signing in with "Sign in with a passkey" and by the email field's
 * autofill, a device that does not confirm the person, and a session too old to add one; each step
 * checked in what the page shows and in what the server answers afterwards.
 *
 * <p>Chromium's virtual authenticator answers an autofill request (conditional mediation) at once,
 * as a person picking the passkey in the autofill would. So a sign-in page shown while the device
 * holds a passkey of the site signs in by itself; the button is tried with the device plugged in
 * after the page was shown, which a browser cannot offer in the autofill.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class PasskeyPagesIT {

  private final AuthApi auth = new AuthApi();
  private Chromium browser;
  private AccountPages pages;
  private PasskeyPages passkeys;

  private void start(TestInfo test, int width, int height) {
    browser = Chromium.start(test, width, height);
    TwoFactorPages.ownAddress(browser);
    pages = new AccountPages(browser);
    passkeys = new PasskeyPages(browser);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void addedRenamedThenSignsInWithTheButtonAndByAutofillThenRemoved(TestInfo test) {
    start(test, 1280, 900);
    Account ada = Account.fresh("Ada").register();
    pages.signIn(ada);
    VirtualAuthenticator device = passkeys.plugInDevice(true);
    passkeys.openAccount();
    browser.waiting().until(visibilityOfElementLocated(By.id("pk-none")));
    Axe.assertNoViolations(browser, "no passkeys");

    // "Add a passkey" asks for a name, offering the device's; an empty one is refused in the page
    passkeys.click("pk-add");
    assertEquals("pk-add-name", passkeys.focused());
    assertEquals("true", pages.field("pk-add").getDomAttribute("aria-expanded"));
    assertFalse(pages.value("pk-add-name").isBlank(), "a name is offered");
    Axe.assertNoViolations(browser, "add a passkey");
    pages.field("pk-add-name").clear();
    passkeys.click("pk-add-submit");
    assertEquals("Enter a name for the passkey.", pages.fieldError("pk-add-name").getText());
    assertTrue(passkeys.onTheServer().isEmpty());

    WebElement item = passkeys.add("Work laptop");
    assertEquals("Never used", PasskeyPages.part(item, "passkey-last-used").getText());
    assertEquals("pk-add", passkeys.focused());
    assertFalse(pages.field("pk-add-form").isDisplayed());
    List<Credential> kept = device.getCredentials();
    assertEquals(1, kept.size(), "the device keeps one passkey");
    assertTrue(kept.get(0).isResidentCredential(), "a discoverable passkey");
    assertEquals("localhost", kept.get(0).getRpId());
    List<JsonObject> stored = passkeys.onTheServer();
    assertEquals(1, stored.size(), stored::toString);
    assertEquals("Work laptop", stored.get(0).getString("name"));
    assertEquals(
        PasskeyPages.base64url(kept.get(0).getId()), stored.get(0).getString("credentialID"));
    assertEquals(JsonValue.NULL, stored.get(0).get("lastUsedAt"));
    browser.screenshot("added");

    // renamed in place: an empty name is refused, Escape keeps the old one, Save sends the new one
    String id = stored.get(0).getString("id");
    PasskeyPages.part(item, "passkey-rename").click();
    assertEquals("passkey-" + id + "-name", passkeys.focused());
    assertEquals("Work laptop", pages.value("passkey-" + id + "-name"));
    Axe.assertNoViolations(browser, "renaming a passkey");
    pages.field("passkey-" + id + "-name").clear();
    PasskeyPages.part(item, "passkey-save").click();
    assertEquals(
        "Enter a name for the passkey.", pages.fieldError("passkey-" + id + "-name").getText());
    pages.field("passkey-" + id + "-name").sendKeys("Anything", Keys.ESCAPE);
    assertEquals("passkey-rename", passkeys.focused());
    assertEquals("Work laptop", PasskeyPages.part(item, "passkey-name").getText());
    PasskeyPages.part(item, "passkey-rename").click();
    pages.type("passkey-" + id + "-name", "Ada’s laptop");
    pages.field("passkey-" + id + "-name").sendKeys(Keys.ENTER);
    pages.waitForNotice("now called “Ada’s laptop”");
    passkeys.item("Ada’s laptop");
    assertEquals("passkey-rename", passkeys.focused());
    assertEquals("Ada’s laptop", passkeys.onTheServer().get(0).getString("name"));
    Axe.assertNoViolations(browser, "a passkey listed");

    // the button: with the device plugged in after the sign-in page was shown
    Credential passkey = kept.get(0);
    passkeys.unplug(device);
    String passwordSession = pages.storedSessionToken();
    pages.signOut();
    device = passkeys.plugInDevice(true);
    device.addCredential(passkey);
    Axe.assertNoViolations(browser, "sign-in with the passkey button");
    passkeys.click("passkey-signin");
    pages.waitForView("tasks");
    String passkeySession = pages.storedSessionToken();
    assertNotEquals(passwordSession, passkeySession);
    assertEquals(401, Account.tokenStatus(passwordSession), "signing out ended the old session");
    HttpResult session = auth.getSession(passkeySession);
    assertEquals(ada.email(), session.object().getJsonObject("user").getString("email"));
    JsonObject used = passkeys.onTheServer().get(0);
    assertNotEquals(JsonValue.NULL, used.get("lastUsedAt"), used::toString);

    // the autofill: the email field offers passkeys, and the device answers as soon as it is asked
    assertEquals(
        "username webauthn",
        browser.script(
            "return document.getElementById('view-sign-in').content"
                + ".querySelector('#signin-email').getAttribute('autocomplete');"));
    passkeys.click("sign-out");
    String autofillSession = newSession(passkeySession);
    pages.waitForView("tasks");
    assertEquals(200, Account.tokenStatus(autofillSession));
    assertEquals(401, Account.tokenStatus(passkeySession));

    // the account page says when it was last used; "Remove" asks first, "Keep it" keeps it
    passkeys.openAccount();
    item = passkeys.item("Ada’s laptop");
    assertNotEquals("Never used", PasskeyPages.part(item, "passkey-last-used").getText());
    PasskeyPages.part(item, "passkey-remove").click();
    WebElement question = PasskeyPages.part(item, "passkey-confirm");
    assertTrue(question.getText().startsWith("Remove “Ada’s laptop”?"), question.getText());
    Axe.assertNoViolations(browser, "removing a passkey");
    PasskeyPages.part(item, "passkey-keep").click();
    assertEquals("passkey-remove", passkeys.focused());
    assertEquals(1, passkeys.onTheServer().size());
    PasskeyPages.part(item, "passkey-remove").click();
    PasskeyPages.part(item, "passkey-confirm-remove").click();
    pages.waitForNotice("“Ada’s laptop” is removed");
    browser.waiting().until(visibilityOfElementLocated(By.id("pk-none")));
    assertEquals("passkeys-heading", passkeys.focused());
    assertTrue(passkeys.items().isEmpty());
    assertTrue(passkeys.onTheServer().isEmpty(), "the server removed it");

    // the device still offers the removed passkey: the server refuses it, the password still works
    passkeys.click("sign-out");
    assertTrue(
        passkeys.shownError("passkey-signin-error").contains("not on any taskguard account"));
    assertEquals(null, pages.storedSessionToken());
    browser.screenshot("removed-passkey-refused");
    pages.signInWithoutReload(ada);
  }

  @Test
  void atPhoneSizeADeviceThatDoesNotConfirmThePersonLeavesThePageUsable(TestInfo test) {
    start(test, 390, 844);
    Account bo = Account.fresh("Bo").register();
    pages.signIn(bo);
    VirtualAuthenticator device = passkeys.plugInDevice(false);
    passkeys.openAccount();
    noSidewaysScroll("no passkeys");

    passkeys.startAdding("Phone");
    assertTrue(
        passkeys.shownError("pk-add-form-error").startsWith("No passkey was made"),
        pages.field("pk-add-form-error").getText());
    assertEquals("pk-add-submit", passkeys.focused());
    assertEquals("Create the passkey", pages.field("pk-add-submit").getText());
    assertEquals("Phone", pages.value("pk-add-name"), "the name is kept");
    assertTrue(passkeys.onTheServer().isEmpty());
    assertTrue(device.getCredentials().isEmpty());
    noSidewaysScroll("adding refused");
    Axe.assertNoViolations(browser, "adding refused at 390 px");
    browser.screenshot("add-refused");

    device.setUserVerified(true);
    WebElement item = passkeys.add("Phone");
    assertEquals(1, passkeys.onTheServer().size());
    PasskeyPages.part(item, "passkey-rename").click();
    noSidewaysScroll("renaming");
    Axe.assertNoViolations(browser, "renaming at 390 px");
    PasskeyPages.part(item, "passkey-cancel").click();
    PasskeyPages.part(item, "passkey-remove").click();
    noSidewaysScroll("removing");
    PasskeyPages.part(item, "passkey-keep").click();
    browser.screenshot("listed");

    // signing in: the device refuses, the page says so and stays usable
    device.setUserVerified(false);
    pages.signOut();
    passkeys.click("passkey-signin");
    assertTrue(
        passkeys.shownError("passkey-signin-error").startsWith("No passkey was used"),
        pages.field("passkey-signin-error").getText());
    browser
        .waiting()
        .until(textToBePresentInElementLocated(By.id("passkey-signin"), "Sign in with a passkey"));
    assertEquals(null, pages.storedSessionToken());
    noSidewaysScroll("sign-in refused");
    Axe.assertNoViolations(browser, "sign-in refused at 390 px");
    browser.screenshot("sign-in-refused");

    device.setUserVerified(true);
    passkeys.click("passkey-signin");
    pages.waitForView("tasks");
    assertEquals(200, Account.tokenStatus(pages.storedSessionToken()));
    browser.waiting().until(invisibilityOfElementLocated(By.id("passkey-signin-error")));
  }

  @Test
  void anOlderSessionConfirmsWithAnAppCodeOrSignsInAgainBeforeAddingAPasskey(TestInfo test) {
    start(test, 1280, 900);
    Account cy = Account.fresh("Cy").register();
    pages.signIn(cy);
    TwoFactorPages twoFactor = new TwoFactorPages(browser);
    twoFactor.openAccount("Off");
    Authenticator app = twoFactor.turnOn(cy).app();
    age(pages.storedSessionToken());
    passkeys.plugInDevice(true);

    passkeys.startAdding("Desk");
    assertEquals(
        "For your safety, sign in again (or confirm with your authenticator code) before adding a"
            + " passkey.",
        passkeys.shownError("pk-fresh-text"));
    assertEquals("pk-fresh-text", passkeys.focused());
    assertTrue(passkeys.onTheServer().isEmpty());
    Axe.assertNoViolations(browser, "a fresh session asked for");
    browser.screenshot("fresh-session-asked");

    // an app code proves the second factor on this session; then the passkey is added
    String session = pages.storedSessionToken();
    pages.type("pk-fresh-code", app.code(1));
    passkeys.click("pk-fresh-submit");
    pages.waitForNotice("Confirmed");
    assertEquals("pk-add-name", passkeys.focused());
    assertEquals(session, pages.storedSessionToken(), "the same session, now fresh");
    passkeys.add("Desk");
    assertEquals(1, passkeys.onTheServer().size());

    // "Sign in again" ends the session; the passkey then signs in without an app code
    age(session);
    passkeys.startAdding("Second");
    browser.waiting().until(visibilityOfElementLocated(By.id("pk-fresh-text")));
    passkeys.click("pk-sign-in-again");
    String again = newSession(session);
    pages.waitForView("tasks");
    assertEquals(401, Account.tokenStatus(session));
    assertEquals(200, Account.tokenStatus(again));
    assertEquals(
        cy.email(), auth.getSession(again).object().getJsonObject("user").getString("email"));
  }

  /** Waits until the tab holds a session token other than {@code old}, and returns it. */
  private String newSession(String old) {
    return browser
        .waiting()
        .withMessage(() -> "a new session should be signed in")
        .until(
            driver -> {
              String token = pages.storedSessionToken();
              return token != null && !token.equals(old) ? token : null;
            });
  }

  /** Makes a session older than the fresh age, with no second factor proved on it since. */
  private void age(String sessionToken) {
    String userId = auth.getSession(sessionToken).object().getJsonObject("user").getString("id");
    new AuthTables()
        .update(
            "UPDATE sessions SET created_at = now() - interval '16 minutes', stepped_up_at = NULL"
                + " WHERE user_id = ?",
            userId);
  }

  private void noSidewaysScroll(String screen) {
    assertEquals(
        Boolean.TRUE,
        browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"),
        screen + ": no sideways scrolling");
  }
}
