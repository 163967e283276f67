package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every screen at desktop and phone sizes, checked by axe-core for WCAG A and AA; the phone header
 * in one row; the static files compressed and revalidated; the first paint of a first visit.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ScreensIT {

  private Chromium browser;

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @ParameterizedTest(name = "{0} px wide")
  @ValueSource(ints = {1280, 390})
  void everyScreenHasNoWcagAOrAaViolation(int width, TestInfo test) {
    browser = Chromium.start(test, width + "px", width, width > 500 ? 900 : 844);
    AccountPages pages = new AccountPages(browser);
    TaskListPage tasks = new TaskListPage(browser);

    browser.open("sign-in");
    pages.waitForView("sign-in");
    check("sign-in");
    browser.open("sign-up");
    pages.waitForView("sign-up");
    check("sign-up");
    browser.open("forgot-password");
    pages.waitForView("forgot-password");
    check("forgot-password");
    browser.driver().get(Chromium.baseUrl() + "/?view=reset-password&token=not-a-real-token");
    pages.waitForView("reset-password");
    check("reset-password");

    Account account = Account.fresh("Axel").register();
    pages.signIn(account);
    tasks.waitForTitles();
    check("empty-task-list");
    tasks.add("Read the manual", "Chapter one. ".repeat(40).strip());
    tasks.add("Water the plants", null);
    tasks.toggle("Water the plants");
    check("task-list");
    tasks.startEditing("Read the manual");
    check("task-editor");
    browser.driver().findElement(By.cssSelector("[data-testid='task-cancel']")).click();
    tasks
        .item("Water the plants")
        .findElement(By.cssSelector("[data-testid='task-delete']"))
        .click();
    browser.waiting().until(driver -> !tasks.titles().contains("Water the plants"));
    check("deleted-with-undo");

    browser.open("sessions");
    pages.waitForView("sessions");
    browser
        .waiting()
        .until(
            driver ->
                !driver.findElements(By.cssSelector("[data-testid='session-item']")).isEmpty());
    check("sessions");
    browser.open("account");
    pages.waitForView("account");
    check("account");
  }

  @ParameterizedTest(name = "{0} px wide")
  @ValueSource(ints = {390, 360})
  void thePhoneHeaderFitsOneRow(int width, TestInfo test) {
    browser = Chromium.start(test, width + "px", width, 780);
    AccountPages pages = new AccountPages(browser);
    browser.open("");
    pages.signIn(Account.fresh("Maximiliane-Alexandra").register());
    new TaskListPage(browser).waitForTitles();

    List<WebElement> parts =
        browser.driver().findElements(By.cssSelector("#brand, #app-nav > a, #app-nav > button"));
    assertEquals(5, parts.size());
    int top = parts.get(0).getRect().getY();
    int bottom = top + parts.get(0).getRect().getHeight();
    for (WebElement part : parts) {
      assertTrue(part.isDisplayed(), part.getText());
      int middle = part.getRect().getY() + part.getRect().getHeight() / 2;
      assertTrue(middle > top && middle < bottom, part.getText() + " is on the brand's row");
      assertTrue(part.getRect().getX() + part.getRect().getWidth() <= width, part.getText());
    }
    assertEquals(
        Boolean.TRUE,
        browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"),
        "no sideways scrolling");
    assertEquals(
        "taskguard", browser.script("return document.getElementById('brand').textContent;"));
    browser.screenshot("header");
  }

  @Test
  void staticFilesAreCompressedAndRevalidated() throws Exception {
    // HTTP/1.1 as browsers speak it to a plain-HTTP server (no h2c upgrade).
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (String path : List.of("/", "/js/views/tasks.js", "/css/app.css")) {
      HttpResponse<byte[]> plain = get(client, path, Map.of());
      assertEquals(200, plain.statusCode(), path);
      HttpResponse<byte[]> zipped = get(client, path, Map.of("Accept-Encoding", "gzip"));
      assertEquals(200, zipped.statusCode(), path);
      assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""), path);
      assertTrue(zipped.body().length < plain.body().length / 2, path + " shrinks");
      assertArrayEquals(plain.body(), gunzip(zipped.body()), path);

      assertEquals("no-cache", plain.headers().firstValue("Cache-Control").orElse(""), path);
      String lastModified = plain.headers().firstValue("Last-Modified").orElse(null);
      String etag = plain.headers().firstValue("ETag").orElse(null);
      assertTrue(lastModified != null || etag != null, path + " has a validator");
      HttpResponse<byte[]> again =
          get(
              client,
              path,
              etag != null
                  ? Map.of("If-None-Match", etag)
                  : Map.of("If-Modified-Since", lastModified));
      assertEquals(304, again.statusCode(), path + " revalidates without a body");
    }
  }

  @Test
  void aFirstVisitPaintsWithin200Milliseconds(TestInfo test) {
    browser = Chromium.start(test);
    double best = Double.MAX_VALUE;
    for (int attempt = 0; attempt < 3 && best >= 200; attempt++) {
      browser.driver().executeCdpCommand("Network.clearBrowserCache", Map.of());
      browser.open("");
      new AccountPages(browser).waitForView("sign-in");
      Number paint =
          browser.script(
              "const p = performance.getEntriesByName('first-contentful-paint')[0];"
                  + "return p ? p.startTime : null;");
      assertTrue(paint != null, "no first contentful paint recorded");
      best = Math.min(best, paint.doubleValue());
      browser.driver().get("about:blank");
    }
    System.out.printf("[first-paint] first visit, empty cache: %.0f ms%n", best);
    assertTrue(best < 200, "first contentful paint after " + best + " ms");
  }

  private void check(String screen) {
    browser.screenshot(screen);
    Axe.assertNoViolations(browser, screen);
  }

  private static HttpResponse<byte[]> get(
      HttpClient client, String path, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Chromium.baseUrl() + path));
    headers.forEach(request::header);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] gunzip(byte[] body) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }
}
