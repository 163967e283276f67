package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.Mailbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Send the link again" says whether a link went or a limit held it back, pauses while the limit
 * holds, and every limit is said in words ("in about an hour"), not in seconds. The browser comes
 * from an address of its own, so the limits per client address count this test alone.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ResendFeedbackIT {

  private static final String VERIFY = "Verify your taskguard email";

  private final AuthTables db = new AuthTables();
  private Chromium browser;
  private AccountPages pages;
  private String address;

  @BeforeEach
  void start(TestInfo test) {
    browser = Chromium.start(test);
    pages = new AccountPages(browser);
    address = AuthApi.newAddress();
    browser.clientAddress(address);
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  @Test
  void resendSaysWhenTheAccountsLimitHeldTheLinkBackAndPausesTheButton() {
    Account bea = Account.fresh("Bea");
    pages.signUp(bea);
    Mailbox.await(bea.email(), 1);
    WebElement resend = browser.waiting().until(visibilityOfElementLocated(By.id("verify-resend")));

    for (int mails = 2; mails <= 5; mails++) {
      long queued = mails;
      resend.click();
      browser
          .waiting()
          .withMessage(() -> queued + " verification mails should be queued")
          .until(driver -> verificationMailsQueued(bea.email()) == queued);
      pages.waitForNotice("We mailed a new link to " + bea.email());
      // the answer comes a moment after the mail is queued; until then a click is ignored
      browser.waiting().until(driver -> resend.getDomAttribute("aria-busy") == null);
    }
    resend.click();
    String notice = pages.waitForNotice("No new link was sent");
    assertTrue(notice.contains("You can ask again in about an hour"), notice);
    assertTrue(notice.contains("the links already mailed still work"), notice);
    browser.waiting().until(attributeToBe(resend, "aria-disabled", "true"));
    assertEquals(
        "You can ask for another link in about an hour.",
        browser.driver().findElement(By.id("verify-wait")).getText());
    assertEquals(resend, browser.driver().switchTo().activeElement(), "focus stays on the button");
    browser.screenshot("held-back");

    resend.click();
    resend.click();
    Mailbox.assertStaysAt(bea.email(), 5, Duration.ofSeconds(1));
    assertEquals(5, verificationMailsQueued(bea.email()), "7 clicks, 5 mails");
    assertEquals(
        6,
        db.throttle("mail-account", bea.email()).orElseThrow().get("failures"),
        "the paused button sends nothing: the server counted 5 mails and 1 held back");
    Axe.assertNoViolations(browser, "verify banner paused");
  }

  @Test
  void aLimitOfTheClientAddressIsSaidInWords() throws Exception {
    for (int request = 1; request <= 20; request++) {
      HttpResponse<String> asked = askForReset("nobody-" + request + "@example.com");
      assertEquals(200, asked.statusCode(), asked::body);
    }
    browser.open("forgot-password");
    pages.waitForView("forgot-password");
    pages.type("forgot-email", "someone@example.com");
    browser.driver().findElement(By.id("forgot-submit")).click();

    String notice = pages.waitForNotice("Too many attempts.");
    assertEquals("Too many attempts. You can try again in about an hour.", notice);
    browser.screenshot("address-limit");
  }

  private long verificationMailsQueued(String email) {
    return (Long)
        db.rows(
                "SELECT count(*) AS n FROM mail_outbox WHERE recipient = ? AND subject = ?",
                email,
                VERIFY)
            .get(0)
            .get("n");
  }

  private HttpResponse<String> askForReset(String email) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create(Chromium.baseUrl() + "/api/auth/request-password-reset"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
