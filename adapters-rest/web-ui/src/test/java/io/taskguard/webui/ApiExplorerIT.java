package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The API explorer at {@code /openapi/ui} (the README's address) in a real browser, under the
 * server's Content-Security-Policy: it shows the three groups and their operations from {@code
 * /openapi}, and logs no script or policy error ({@link Chromium#close()} fails the test if it
 * does).
 */
@ExtendWith(ScreenshotOnFailure.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ApiExplorerIT {

  private Chromium browser;

  @BeforeEach
  void start(TestInfo test) {
    browser = Chromium.start(test);
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  @Test
  void showsEveryGroupAndItsOperations() {
    browser.driver().get(Chromium.baseUrl() + "/openapi/ui");
    browser
        .waiting()
        .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 20));
    List<String> groups =
        browser.driver().findElements(By.cssSelector(".opblock-tag")).stream()
            .map(WebElement::getText)
            .map(text -> text.lines().findFirst().orElse("").trim())
            .toList();
    assertEquals(List.of("accounts", "tasks", "operator"), groups);
    List<String> paths =
        browser.driver().findElements(By.cssSelector(".opblock-summary-path")).stream()
            .map(element -> element.getAttribute("data-path"))
            .toList();
    assertTrue(paths.contains("/api/users/{user_id}/tasks"), paths::toString);
    assertTrue(paths.contains("/api/auth/sign-in/email"), paths::toString);
    // the bearer scheme of the task API can be entered
    assertTrue(browser.driver().findElement(By.cssSelector(".btn.authorize")).isDisplayed());
  }
}
