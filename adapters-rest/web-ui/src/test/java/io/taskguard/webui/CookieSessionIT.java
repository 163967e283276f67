package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * The page keeps its session in the server's HttpOnly cookie: every tab of a browser shares one
 * sign-in (one session on the server), a sign-in or sign-out in one tab reaches the others, the
 * sign-in outlives a restart of the browser unless "Remember me" was unticked, and no script of the
 * page can read the cookie. A restart is a second Chromium started on the first one's profile.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CookieSessionIT {

  private final AuthApi auth = new AuthApi();
  private final List<Chromium> browsers = new ArrayList<>();
  private final List<Path> profiles = new ArrayList<>();
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
    profiles.forEach(Chromium::deleteProfile);
    if (failure != null) {
      throw failure;
    }
  }

  @Test
  void tabsShareOneSignInAndHearOfEachOthersSignOutAndSignIn() {
    Account ann = Account.fresh("Ann").register();
    Chromium browser = Chromium.start(test);
    browsers.add(browser);
    AccountPages pages = new AccountPages(browser);
    pages.signIn(ann);
    String token = pages.storedSessionToken();
    assertNotNull(token, "the sign-in set the session cookie");
    String firstTab = browser.driver().getWindowHandle();

    // a second tab is signed in at once, on the same session
    browser.driver().switchTo().newWindow(WindowType.TAB);
    String secondTab = browser.driver().getWindowHandle();
    browser.open("");
    pages.waitForView("tasks");
    browser.waiting().until(d -> ann.name().equals(d.findElement(By.id("current-user")).getText()));
    new TaskListPage(browser).waitForTitles();
    browser.driver().findElement(By.id("nav-sessions")).click();
    pages.waitForView("sessions");
    WebElement only = waitForSessions(browser, 1).get(0);
    assertEquals("true", only.getDomAttribute("data-current"));
    browser.driver().navigate().refresh();
    pages.waitForView("sessions");
    waitForSessions(browser, 1);
    assertEquals(token, pages.storedSessionToken());
    assertEquals(1, auth.listSessions(token).array().size(), "one sign-in, one session");
    browser.screenshot("second-tab");

    // signing out in the second tab clears the cookie and signs the first tab out at once
    pages.signOut();
    pages.waitForNotice("You are signed out");
    assertNull(pages.storedSessionToken(), "sign-out cleared the cookie");
    assertEquals(401, Account.tokenStatus(token), "and ended the session");
    browser.driver().switchTo().window(firstTab);
    pages.waitForView("sign-in");
    pages.waitForNotice("You signed out in another tab.");
    assertTrue(browser.driver().findElement(By.id("app-nav")).getDomAttribute("hidden") != null);
    browser.screenshot("signed-out-elsewhere");

    // signing in again in the first tab takes the second tab, on the sign-in page, to the tasks
    pages.signInWithoutReload(ann);
    String again = pages.storedSessionToken();
    browser.driver().switchTo().window(secondTab);
    pages.waitForView("tasks");
    browser.waiting().until(d -> ann.name().equals(d.findElement(By.id("current-user")).getText()));
    assertEquals(1, auth.listSessions(again).array().size(), "still one session");
  }

  @Test
  void aRememberedSignInOutlivesARestartOfTheBrowser() {
    Account bo = Account.fresh("Bo").register();
    Path profile = profile();
    Chromium before = browserOn("before", profile);
    AccountPages pages = new AccountPages(before);
    pages.fillSignIn(bo);
    assertTrue(pages.field("signin-remember").isSelected(), "Remember me is ticked by default");
    before.driver().findElement(By.id("signin-submit")).click();
    pages.waitForView("tasks");
    new TaskListPage(before).add("Survives a restart", null);
    String token = pages.storedSessionToken();
    Cookie cookie = pages.sessionCookie();
    assertTrue(cookie.isHttpOnly());
    assertNotNull(cookie.getExpiry(), "a remembered sign-in's cookie outlives the browser");
    assertTrue(
        cookie.getExpiry().toInstant().isAfter(Instant.now().plus(Duration.ofDays(6))),
        "kept for the session's lifetime: " + cookie.getExpiry());
    close(before);

    Chromium after = browserOn("after", profile);
    AccountPages restarted = new AccountPages(after);
    after.open("");
    restarted.waitForView("tasks");
    new TaskListPage(after).waitForTitles("Survives a restart");
    assertEquals(bo.name(), after.driver().findElement(By.id("current-user")).getText());
    assertEquals(token, restarted.storedSessionToken(), "the same session");
    assertEquals(1, auth.listSessions(token).array().size(), "and no other");
    after.screenshot("after-restart");
  }

  @Test
  void withoutRememberMeTheSignInEndsWithTheBrowser() {
    Account cy = Account.fresh("Cy").register();
    Path profile = profile();
    Chromium before = browserOn("before", profile);
    AccountPages pages = new AccountPages(before);
    pages.fillSignIn(cy);
    pages.field("signin-remember").click();
    assertFalse(pages.field("signin-remember").isSelected());
    before.screenshot("remember-me-unticked");
    Axe.assertNoViolations(before, "sign-in with Remember me unticked");
    before.driver().findElement(By.id("signin-submit")).click();
    pages.waitForView("tasks");
    String token = pages.storedSessionToken();
    assertNotNull(token);
    assertNull(pages.sessionCookie().getExpiry(), "a cookie that ends with the browser");
    // the tab still works on it, and a second tab shares it
    new TaskListPage(before).add("Only until the browser closes", null);
    before.driver().navigate().refresh();
    pages.waitForView("tasks");
    new TaskListPage(before).waitForTitles("Only until the browser closes");
    close(before);

    Chromium after = browserOn("after", profile);
    AccountPages restarted = new AccountPages(after);
    after.open("");
    restarted.waitForView("sign-in");
    assertNull(restarted.sessionCookie(), "the session cookie is gone with the browser");
    assertTrue(after.driver().findElement(By.id("app-nav")).getDomAttribute("hidden") != null);
    after.screenshot("signed-out-after-restart");
  }

  @Test
  void noScriptOfThePageCanReadTheSessionToken() {
    Account di = Account.fresh("Di").register();
    Chromium browser = Chromium.start(test);
    browsers.add(browser);
    AccountPages pages = new AccountPages(browser);
    pages.signIn(di);
    browser.driver().findElement(By.id("theme-toggle")).click(); // a choice the page keeps
    new TaskListPage(browser).add("Private", null);
    String token = pages.storedSessionToken();
    assertNotNull(token);
    assertTrue(pages.sessionCookie().isHttpOnly(), "the cookie is HttpOnly");
    assertEquals("Lax", pages.sessionCookie().getSameSite());

    String visible = browser.script("return document.cookie;");
    assertFalse(visible.contains("session_token"), "document.cookie shows: " + visible);
    assertFalse(visible.contains(token));
    assertEquals(0L, (Long) browser.script("return sessionStorage.length;"));
    // localStorage keeps the colour theme chosen, and nothing else
    assertEquals(
        "taskguard.theme=light",
        browser.script(
            "return Object.keys(localStorage).map(k => k + '=' + localStorage.getItem(k)).join();"));
    // the page's credentials module offers the JWT only, nothing of the session
    String exported =
        browser.asyncScript(
            "const done = arguments[arguments.length - 1];"
                + "import(new URL('credentials.js', document.querySelector('script[type=module]').src).href)"
                + "  .then(m => done(Object.keys(m).sort().join(',')), e => done(String(e)));");
    assertFalse(exported.toLowerCase().contains("session"), exported);
    String jwt = new PageCredentials(browser).accessToken();
    assertNotNull(jwt);
    assertFalse(jwt.contains(token));
  }

  private Path profile() {
    Path profile = Chromium.newProfile();
    profiles.add(profile);
    return profile;
  }

  private Chromium browserOn(String who, Path profile) {
    Chromium browser = Chromium.startOnProfile(test, who, profile);
    browsers.add(browser);
    return browser;
  }

  /** Quits the browser as a person closing it does; its profile stays for the next one. */
  private void close(Chromium browser) {
    browsers.remove(browser);
    browser.close();
  }

  private static List<WebElement> waitForSessions(Chromium browser, int count) {
    By items = By.cssSelector("#session-list[aria-busy='false'] [data-testid='session-item']");
    return browser
        .waiting()
        .until(d -> d.findElements(items).size() == count ? d.findElements(items) : null);
  }
}
