package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Text with no place to break it (a pasted URL as a title, the longest name and email the server
 * takes, a client that names itself in one long word) never makes a page wider than the window, on
 * any screen, at the narrowest phone width and on a desktop.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LongTextIT {

  private static final String DEVICE = "Agent" + "x".repeat(295);
  private static final ScreenTour.Texts LONG =
      new ScreenTour.Texts(
          "https://example.com/" + "a".repeat(280),
          "https://example.com/" + "d".repeat(280),
          "https://example.org/" + "b".repeat(280),
          "c".repeat(300));

  private Chromium browser;

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @ParameterizedTest(name = "{0} px wide")
  @ValueSource(ints = {320, 1280})
  void noScreenScrollsSideways(int width, TestInfo test) {
    browser = Chromium.start(test, width + "px", width, 800);
    Account account = longAccount().register();
    account.signInElsewhere(DEVICE);

    new ScreenTour(browser)
        .walk(
            account,
            LONG,
            screen -> {
              browser.screenshot(screen);
              Boolean fits =
                  browser.script(
                      "return document.documentElement.scrollWidth"
                          + " <= document.documentElement.clientWidth;");
              assertTrue(
                  fits,
                  () ->
                      screen
                          + " scrolls sideways: "
                          + browser.script("return document.documentElement.scrollWidth;")
                          + " px wide");
              if (screen.equals("sessions")) {
                assertTrue(
                    browser
                        .driver()
                        .findElements(By.cssSelector("[data-testid='session-device']"))
                        .stream()
                        .anyMatch(device -> device.getText().equals(DEVICE)),
                    "the long device name is shown");
              }
            });
    assertEquals(account.email(), browser.driver().findElement(By.id("account-email")).getText());
    assertEquals(
        account.name(),
        browser.driver().findElement(By.id("profile-name")).getDomProperty("value"));
  }

  /** The longest name (200 characters) and a 251-character email, neither with a space. */
  private static Account longAccount() {
    String unique = UUID.randomUUID().toString().replace("-", "");
    String local = ("ui" + unique + "m".repeat(64)).substring(0, 64);
    String label = "e".repeat(60);
    String email = local + "@" + label + "." + label + "." + label + ".com";
    return new Account("N" + "a".repeat(199), email, Account.fresh("Long").password());
  }
}
