package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.Mailbox;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two-factor sign-in in the web UI: turning it on from the key the page shows (the test computes
 * the codes an authenticator app would), the backup codes shown once, signing in with a code, a
 * backup code or a mailed code, a trusted device, and turning it off; each step checked in what the
 * page shows and in what the server answers afterwards.
 *
 * <p>A code is accepted once, and only when its 30-second step is newer than the last accepted one:
 * the enrolment is confirmed with the code of now's step, the next sign-in uses the next step's,
 * and every later sign-in a backup code, a mailed code or a trusted device.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class TwoFactorPagesIT {

  private final AuthApi auth = new AuthApi();
  private Chromium browser;
  private AccountPages pages;
  private TwoFactorPages twoFactor;

  private void start(TestInfo test, int width, int height) {
    browser = Chromium.start(test, width, height);
    TwoFactorPages.ownAddress(browser);
    pages = new AccountPages(browser);
    twoFactor = new TwoFactorPages(browser);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void turnedOnFromTheShownKeyThenSignInWithACodeOrABackupCodeThenTurnedOff(
      TestInfo test, @TempDir Path downloads) throws IOException {
    start(test, 1280, 900);
    Account tess = Account.fresh("Tess").register();
    pages.signIn(tess);
    twoFactor.openAccount("Off");
    Axe.assertNoViolations(browser, "two-factor off");

    pages.type("tf-enable-password", "not-" + tess.password());
    twoFactor.click("tf-enable-submit");
    assertEquals("That is not your password.", pages.fieldError("tf-enable-password").getText());
    Authenticator app = twoFactor.startEnrolment(tess);
    assertEquals("tf-setup-heading", twoFactor.focused());
    assertQrCodeDrawn();
    browser.screenshot("setup");
    Axe.assertNoViolations(browser, "two-factor setup");

    String before = pages.storedSessionToken();
    String wrong = app.code(0).equals("000000") ? "111111" : "000000";
    pages.type("tf-confirm-code", wrong);
    twoFactor.click("tf-confirm-submit");
    assertTrue(pages.fieldError("tf-confirm-code").getText().startsWith("That code is not right"));
    List<String> backupCodes = twoFactor.confirm(app.code(0));
    assertEquals("tf-codes-heading", twoFactor.focused());
    pages.waitForNotice("Two-factor sign-in is on");
    String after = pages.storedSessionToken();
    assertNotEquals(before, after, "the page moved to the session the server replaced it with");
    assertEquals(401, Account.tokenStatus(before), "the replaced session has ended");
    HttpResult session = auth.getSession(after);
    assertEquals(
        JsonValue.TRUE,
        session.object().getJsonObject("user").get("twoFactorEnabled"),
        session::body);
    browser.screenshot("backup-codes");
    Axe.assertNoViolations(browser, "backup codes");

    assertEquals(String.join("\n", backupCodes), copiedCodes());
    assertEquals(backupCodes, downloadedCodes(downloads));
    twoFactor.click("tf-codes-done");
    browser.waiting().until(visibilityOfElementLocated(By.id("tf-devices-none")));
    assertTrue(browser.driver().findElements(By.cssSelector("#tf-codes-list li")).isEmpty());
    assertTrue(browser.driver().findElement(By.id("tf-status")).getText().startsWith("On:"));
    Axe.assertNoViolations(browser, "two-factor on");

    // a code of the next step signs in; a wrong one is refused next to the field
    pages.signOut();
    twoFactor.startSignIn(tess);
    assertEquals("code-input", twoFactor.focused());
    assertEquals("one-time-code", pages.field("code-input").getDomAttribute("autocomplete"));
    assertEquals("numeric", pages.field("code-input").getDomAttribute("inputmode"));
    assertEquals(null, pages.storedSessionToken(), "no session before the code");
    Axe.assertNoViolations(browser, "sign-in code step");
    twoFactor.answer(wrong, false);
    assertTrue(pages.fieldError("code-input").getText().startsWith("That code is not right"));
    browser.screenshot("wrong-code");
    twoFactor.answer(app.code(1), false);
    pages.waitForView("tasks");
    assertEquals(200, Account.tokenStatus(pages.storedSessionToken()));

    // a backup code signs in once
    pages.signOut();
    twoFactor.startSignIn(tess);
    twoFactor.useBackupCode();
    Axe.assertNoViolations(browser, "sign-in backup code");
    twoFactor.answer(backupCodes.get(0), false);
    pages.waitForView("tasks");
    assertEquals(200, Account.tokenStatus(pages.storedSessionToken()));

    // turned off: the page moves to the new session, and the password alone signs in again
    twoFactor.openAccount("On:");
    before = pages.storedSessionToken();
    pages.type("tf-disable-password", tess.password());
    twoFactor.click("tf-disable-submit");
    browser.waiting().until(textToBePresentInElementLocated(By.id("tf-status"), "Off:"));
    pages.waitForNotice("Two-factor sign-in is off");
    assertEquals("two-factor-heading", twoFactor.focused());
    assertNotEquals(before, pages.storedSessionToken());
    assertEquals(401, Account.tokenStatus(before));
    assertEquals(
        JsonValue.FALSE,
        auth.getSession(pages.storedSessionToken())
            .object()
            .getJsonObject("user")
            .get("twoFactorEnabled"));
    HttpResult passwordOnly = auth.signIn(tess.email(), tess.password(), AuthApi.newAddress());
    assertFalse(passwordOnly.object().containsKey("twoFactorRedirect"), passwordOnly::body);
    pages.signOut();
    pages.signIn(tess);
  }

  @Test
  void aTrustedDeviceSkipsTheCodeUntilRemovedAndAMailedCodeSignsIn(TestInfo test) {
    start(test, 1280, 900);
    Account uma = Account.fresh("Uma").register();
    pages.signIn(uma);
    twoFactor.openAccount("Off");
    List<String> backupCodes = twoFactor.turnOn(uma).backupCodes();

    pages.signOut();
    twoFactor.startSignIn(uma);
    twoFactor.useBackupCode();
    twoFactor.answer(backupCodes.get(0), true);
    pages.waitForView("tasks");

    // trusted: the password alone signs in; the device is listed, then removed
    pages.signOut();
    pages.signIn(uma);
    twoFactor.openAccount("On:");
    List<WebElement> devices =
        browser
            .waiting()
            .until(
                driver -> {
                  List<WebElement> items =
                      driver.findElements(By.cssSelector("[data-testid='trusted-device']"));
                  return items.isEmpty() ? null : items;
                });
    assertEquals(1, devices.size());
    assertEquals(1, trustedDevices().size());
    browser.screenshot("trusted-device");
    Axe.assertNoViolations(browser, "trusted devices");
    devices.get(0).findElement(By.cssSelector("[data-testid='trusted-device-remove']")).click();
    browser.waiting().until(visibilityOfElementLocated(By.id("tf-devices-none")));
    pages.waitForNotice("is no longer trusted");
    assertEquals("tf-devices-heading", twoFactor.focused());
    assertEquals(0, trustedDevices().size(), "the server forgot the device");

    // no longer trusted: a mailed code answers the challenge
    pages.signOut();
    twoFactor.startSignIn(uma);
    twoFactor.click("code-send-email");
    pages.waitForNotice("We mailed you a sign-in code");
    browser
        .waiting()
        .until(textToBePresentInElementLocated(By.id("code-label"), "Code from the email"));
    assertEquals("code-input", twoFactor.focused());
    String text = Mailbox.latest(uma.email(), "Your taskguard sign-in code").text();
    String mailed = text.replaceAll("(?s).*sign-in code is (\\d{6}).*", "$1");
    assertTrue(mailed.matches("\\d{6}"), text);
    twoFactor.answer(mailed, false);
    pages.waitForView("tasks");

    // new backup codes replace the old ones
    twoFactor.openAccount("On:");
    pages.type("tf-new-codes-password", uma.password());
    twoFactor.click("tf-new-codes-submit");
    List<String> fresh = twoFactor.shownBackupCodes();
    assertTrue(fresh.stream().noneMatch(backupCodes::contains), "ten new codes");
    twoFactor.click("tf-codes-done");
    pages.signOut();
    twoFactor.startSignIn(uma);
    twoFactor.useBackupCode();
    twoFactor.answer(backupCodes.get(1), false);
    assertEquals(
        "That backup code is not right, or it was used before. Each one works once.",
        pages.fieldError("code-input").getText());
    twoFactor.answer(fresh.get(0), false);
    pages.waitForView("tasks");
  }

  @Test
  void atPhoneSizeWithoutSidewaysScrollAndAnEndedChallengeGoesBackToThePassword(TestInfo test) {
    start(test, 390, 844);
    Account vic = Account.fresh("Vic").register();
    pages.signIn(vic);
    twoFactor.openAccount("Off");
    twoFactor.assertNoSidewaysScroll("two-factor off");
    Authenticator app = twoFactor.startEnrolment(vic);
    twoFactor.assertNoSidewaysScroll("two-factor setup");
    Axe.assertNoViolations(browser, "two-factor setup at 390 px");
    browser.screenshot("setup");
    twoFactor.confirm(app.code(0));
    twoFactor.assertNoSidewaysScroll("backup codes");
    Axe.assertNoViolations(browser, "backup codes at 390 px");
    browser.screenshot("backup-codes");
    twoFactor.click("tf-codes-done");
    browser.waiting().until(visibilityOfElementLocated(By.id("tf-devices-none")));
    twoFactor.assertNoSidewaysScroll("two-factor on");
    Axe.assertNoViolations(browser, "two-factor on at 390 px");

    pages.signOut();
    twoFactor.startSignIn(vic);
    twoFactor.assertNoSidewaysScroll("sign-in code step");
    Axe.assertNoViolations(browser, "sign-in code step at 390 px");
    browser.screenshot("code-step");

    // "Start over" returns to the password with the email kept
    twoFactor.click("code-start-over");
    pages.waitForView("sign-in");
    assertEquals(vic.email(), pages.value("signin-email"));
    assertEquals("signin-password", twoFactor.focused());

    // a challenge that is gone (its cookie lost) sends the person back to the password, saying why
    pages.type("signin-password", vic.password());
    twoFactor.click("signin-submit");
    pages.waitForView("sign-in-code");
    browser.driver().manage().deleteAllCookies();
    twoFactor.answer(app.code(1), false);
    pages.waitForView("sign-in");
    browser.waiting().until(visibilityOfElementLocated(By.id("signin-form-error")));
    assertTrue(
        browser
            .driver()
            .findElement(By.id("signin-form-error"))
            .getText()
            .contains("Please enter your password again"));
    pages.type("signin-password", vic.password());
    twoFactor.click("signin-submit");
    pages.waitForView("sign-in-code");
    twoFactor.answer(app.code(1), false);
    pages.waitForView("tasks");
  }

  private void assertQrCodeDrawn() {
    WebElement svg = browser.driver().findElement(By.cssSelector("#tf-qr svg[role='img']"));
    String[] box = svg.getDomAttribute("viewBox").split(" ");
    int size = Integer.parseInt(box[2]);
    assertTrue(size >= 21 + 8, "at least a version 1 code and its quiet zone: " + size);
    String path = svg.findElement(By.tagName("path")).getDomAttribute("d");
    assertTrue(
        path.startsWith("M4 4h7v1h-7z"), "the top-left finder pattern, inside the quiet zone");
    assertTrue(svg.getSize().getWidth() >= 150, "large enough to scan");
  }

  /** Clicks "Copy" and reads the clipboard, as pasting would. */
  private String copiedCodes() {
    browser
        .driver()
        .executeCdpCommand(
            "Browser.grantPermissions",
            Map.of(
                "origin",
                Chromium.baseUrl(),
                "permissions",
                List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    twoFactor.click("tf-codes-copy");
    pages.waitForNotice("The backup codes are copied");
    return browser.asyncScript(
        "const done = arguments[arguments.length - 1];"
            + "navigator.clipboard.readText().then(done, e => done('not read: ' + e));");
  }

  /** Clicks "Download" and reads the codes from the .txt file the browser saved. */
  private List<String> downloadedCodes(Path downloads) throws IOException {
    browser
        .driver()
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    twoFactor.click("tf-codes-download");
    pages.waitForNotice("taskguard-backup-codes.txt");
    Path file = downloads.resolve("taskguard-backup-codes.txt");
    browser.waiting().until(driver -> Files.exists(file));
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> line.matches("[A-Za-z0-9]{5}-[A-Za-z0-9]{5}"))
        .toList();
  }

  private List<JsonValue> trustedDevices() {
    HttpResult devices =
        auth.get("/api/auth/two-factor/list-trusted-devices", pages.storedSessionToken());
    assertEquals(200, devices.status(), devices::toString);
    return devices.array();
  }
}
