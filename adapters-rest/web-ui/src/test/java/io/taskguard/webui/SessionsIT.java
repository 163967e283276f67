package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthTables;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The access JWT expiring (renewed without the person noticing) and the session ending (back to
 * sign-in, saying so), plus the sessions page that ends other sessions.
 *
 * <p>Fifteen minutes are too long to wait for a real expiry, so the test stands in an expired token
 * for the page's own: {@link PageCredentials} swaps it through the exported setter of the page's
 * credentials module, the same module instance the page uses. The server refuses it with 401
 * exactly as it refuses an expired one.
 */
@ExtendWith(ScreenshotOnFailure.class)
class SessionsIT {

  private final List<Chromium> browsers = new ArrayList<>();
  private TestInfo test;

  @BeforeEach
  void remember(TestInfo test) {
    this.test = test;
  }

  @AfterEach
  void stop() {
    AssertionError failure = null;
    for (Chromium browser : browsers) {
      try {
        browser.close();
      } catch (AssertionError e) {
        failure = e;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private Chromium browser(String who) {
    Chromium browser = Chromium.start(test, who);
    browsers.add(browser);
    return browser;
  }

  @Test
  void expiredAccessTokenIsRenewedSilently() {
    Chromium browser = browser("ann");
    AccountPages pages = new AccountPages(browser);
    TaskListPage tasks = new TaskListPage(browser);
    PageCredentials credentials = new PageCredentials(browser);
    pages.signIn(Account.fresh("Ann").register());
    tasks.add("Before expiry", null);

    String expired = PageCredentials.expiredCopyOf(credentials.accessToken());
    credentials.replaceAccessToken(expired);
    long renewalsBefore = credentials.tokenRequests();

    tasks.add("After expiry", null);
    tasks.waitForTitles("After expiry", "Before expiry");
    pages.waitForAnnouncement("Added “After expiry”");
    assertEquals(renewalsBefore + 1, credentials.tokenRequests(), "exactly one silent renewal");
    assertNotNull(credentials.accessToken());
    assertNotEquals(expired, credentials.accessToken());
    pages.waitForView("tasks");
    browser.screenshot("renewed");
  }

  @Test
  void endingSessionsFromTheSessionsPage() {
    Account ann = Account.fresh("Ann").register();
    Chromium laptop = browser("laptop");
    Chromium phone = browser("phone");
    AccountPages onLaptop = new AccountPages(laptop);
    AccountPages onPhone = new AccountPages(phone);
    onLaptop.signIn(ann);
    String script = ann.signInElsewhere();
    onPhone.signIn(ann);

    phone.driver().findElement(By.id("nav-sessions")).click();
    onPhone.waitForView("sessions");
    waitForSessions(phone, 3);
    WebElement current = phone.driver().findElement(By.cssSelector("[data-current='true']"));
    assertEquals(
        "This device",
        current.findElement(By.cssSelector("[data-testid='session-current']")).getText());
    assertFalse(current.findElement(By.cssSelector("[data-testid='session-end']")).isDisplayed());
    for (WebElement session : waitForSessions(phone, 3)) {
      WebElement lastActive =
          session.findElement(By.cssSelector("[data-testid='session-last-active'] time"));
      assertNotNull(lastActive.getDomAttribute("datetime"), "each session shows its last use");
    }
    phone.screenshot("three-sessions");

    // End one: the session the script opened, recognised by its user agent.
    WebElement scriptSession =
        waitForSessions(phone, 3).stream()
            .filter(
                item ->
                    item.findElement(By.cssSelector("[data-testid='session-device']"))
                        .getText()
                        .startsWith("Java"))
            .findFirst()
            .orElseThrow();
    scriptSession.findElement(By.cssSelector("[data-testid='session-end']")).click();
    onPhone.waitForNotice("That session has ended");
    assertEquals(
        2, phone.driver().findElements(By.cssSelector("[data-testid='session-item']")).size());
    assertEquals(401, Account.tokenStatus(script), "the ended session cannot get a JWT any more");

    // End all the others (the laptop's), once the person confirms; declining ends nothing.
    phone.driver().findElement(By.id("end-other-sessions")).click();
    Alert asked = phone.waiting().until(ExpectedConditions.alertIsPresent());
    assertEquals(
        "End the other session? Every browser and device but this one will be signed out.",
        asked.getText());
    asked.dismiss();
    assertEquals(
        2, phone.driver().findElements(By.cssSelector("[data-testid='session-item']")).size());
    assertEquals(
        200,
        Account.tokenStatus(onLaptop.storedSessionToken()),
        "declined: the laptop's session lives on");
    phone.driver().findElement(By.id("end-other-sessions")).click();
    phone.waiting().until(ExpectedConditions.alertIsPresent()).accept();
    onPhone.waitForNotice("other sessions have ended");
    waitForSessions(phone, 1);
    assertFalse(phone.driver().findElement(By.id("end-other-sessions")).isDisplayed());
    phone.screenshot("one-session");

    // The laptop's next call finds its token refused and its session gone.
    PageCredentials laptopCredentials = new PageCredentials(laptop);
    laptopCredentials.replaceAccessToken(
        PageCredentials.expiredCopyOf(laptopCredentials.accessToken()));
    new TaskListPage(laptop).submitNew("Typed as the session ended", "Not lost");
    onLaptop.waitForView("sign-in");
    onLaptop.waitForNotice("Your session has ended");
    String left = onLaptop.storedSessionToken();
    assertTrue(
        left == null || Account.tokenStatus(left) == 401, "the laptop holds no live session");
    assertNull(laptopCredentials.accessToken());
    laptop.screenshot("session-ended");

    // Signing in again in the same tab brings back what was being typed.
    onLaptop.signInWithoutReload(ann);
    assertEquals("Typed as the session ended", onLaptop.value("new-task-title"));
    assertEquals("Not lost", onLaptop.value("new-task-description"));
    new TaskListPage(laptop).waitForTitles();
    laptop.screenshot("draft-restored");
  }

  @Test
  void sessionsAreNamedByBrowserAndSystemWithRelativeTimesAndReadableAddresses() throws Exception {
    Account bo = Account.fresh("Bo").register();
    Chromium laptop = browser("laptop");
    laptop.clientAddress("::ffff:192.0.2.44");
    AccountPages pages = new AccountPages(laptop);
    pages.signIn(bo);
    String phone =
        signInAs(
            bo,
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) Gecko/124.0 Firefox/124.0",
            "0:0:0:0:0:0:0:1");
    new AuthTables()
        .update(
            "UPDATE sessions SET created_at = now() - interval '3 days',"
                + " updated_at = now() - interval '5 minutes' WHERE id = ?",
            phone);

    laptop.driver().findElement(By.id("nav-sessions")).click();
    pages.waitForView("sessions");
    waitForSessions(laptop, 2);
    WebElement here = laptop.driver().findElement(By.cssSelector("[data-current='true']"));
    assertEquals("Chrome on Linux", text(here, "[data-testid='session-device']"));
    assertEquals("This device", text(here, "[data-testid='session-current']"));
    assertEquals("192.0.2.44", text(here, "[data-field='ipAddress']"), "IPv4-mapped as IPv4");
    assertEquals("just now", text(here, "[data-field='createdAt'] time"));

    WebElement there =
        laptop.driver().findElement(By.cssSelector("[data-session-id='" + phone + "']"));
    assertEquals("Firefox on Android", text(there, "[data-testid='session-device']"));
    assertEquals("::1 (this computer)", text(there, "[data-field='ipAddress']"));
    assertEquals("3 days ago", text(there, "[data-field='createdAt'] time"));
    WebElement lastActive = there.findElement(By.cssSelector("[data-field='updatedAt'] time"));
    assertEquals("5 minutes ago", lastActive.getText());
    String exact = lastActive.getDomAttribute("title");
    assertTrue(
        exact != null && exact.matches(".*\\d{1,2}:\\d{2}:\\d{2}.*"), "the exact time: " + exact);
    assertNotNull(lastActive.getDomAttribute("datetime"));
    String expires = text(there, "[data-field='expiresAt'] time");
    assertTrue(expires.startsWith("in ") || expires.startsWith("next "), "ahead: " + expires);
    assertTrue(
        there
            .findElement(By.cssSelector("[data-testid='session-end']"))
            .getDomAttribute("aria-label")
            .startsWith("End session: Firefox on Android, signed in 3 days ago ("));
    laptop.screenshot("named-sessions");
    Axe.assertNoViolations(laptop, "sessions");
  }

  private static String text(WebElement item, String selector) {
    return item.findElement(By.cssSelector(selector)).getText();
  }

  /**
   * Signs in through the API as a browser on {@code userAgent} at {@code address}; the session's
   * id.
   */
  private static String signInAs(Account account, String userAgent, String address)
      throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Chromium.baseUrl() + "/api/auth/sign-in/email"))
                    .header("Content-Type", "application/json")
                    .header("User-Agent", userAgent)
                    .header("X-Forwarded-For", address)
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            String.format(
                                "{\"email\":\"%s\",\"password\":\"%s\"}",
                                account.email(), account.password())))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer::body);
    return (String)
        new AuthTables()
            .rows(
                "SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id"
                    + " WHERE u.email = ? AND s.user_agent = ?",
                account.email(),
                userAgent)
            .get(0)
            .get("id");
  }

  private static List<WebElement> waitForSessions(Chromium browser, int count) {
    By items = By.cssSelector("#session-list[aria-busy='false'] [data-testid='session-item']");
    return browser
        .waiting()
        .until(d -> d.findElements(items).size() == count ? d.findElements(items) : null);
  }
}
