package io.taskguard.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * "Download my data" saves one JSON file with the account, its sessions, passkeys and two-factor
 * status, and every task; the test reads the file Chromium saved and checks that no secret is in
 * it.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DataExportIT {

  private Chromium browser;
  private AccountPages pages;
  private Path downloads;

  @BeforeEach
  void start(TestInfo test) throws IOException {
    browser = Chromium.start(test);
    pages = new AccountPages(browser);
    downloads = Files.createTempDirectory("taskguard-downloads-");
  }

  @AfterEach
  void stop() {
    try {
      browser.close();
    } finally {
      Chromium.deleteProfile(downloads);
    }
  }

  @Test
  void theDownloadHoldsTheAccountAndEveryTaskAndNoSecret() throws Exception {
    Account eve = Account.fresh("Eve").register();
    pages.signIn(eve);
    TaskListPage tasks = new TaskListPage(browser);
    tasks.add("Pay the rent", "before Friday");
    tasks.add("Call the plumber", null);
    PasskeyPages passkeys = new PasskeyPages(browser);
    passkeys.plugInDevice(true);
    passkeys.openAccount();
    passkeys.add("Work laptop");
    browser
        .driver()
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", downloads.toString()));

    browser.driver().findElement(By.id("data-download")).click();
    pages.waitForNotice("Your data is downloaded: 2 tasks and your account.");
    Path file = browser.waiting().until(driver -> saved().orElse(null));
    String text = Files.readString(file);

    assertTrue(file.getFileName().toString().matches("taskguard-data-\\d{4}-\\d{2}-\\d{2}\\.json"));
    JsonObject data;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      data = reader.readObject();
    }
    JsonObject user = data.getJsonObject("user");
    assertEquals(eve.email(), user.getString("email"));
    assertEquals("Eve", user.getString("name"));
    assertFalse(data.getJsonObject("twoFactor").getBoolean("enabled"));
    JsonArray sessions = data.getJsonArray("sessions");
    assertEquals(1, sessions.size());
    assertTrue(sessions.getJsonObject(0).getBoolean("current"));
    JsonObject passkey = data.getJsonArray("passkeys").getJsonObject(0);
    assertEquals("Work laptop", passkey.getString("name"));
    assertFalse(passkey.containsKey("publicKey"), "no key material: " + passkey);
    assertFalse(passkey.containsKey("credentialID"), "no credential id: " + passkey);
    Set<String> titles =
        data.getJsonArray("tasks").stream()
            .map(task -> task.asJsonObject().getString("title"))
            .collect(Collectors.toSet());
    assertEquals(Set.of("Pay the rent", "Call the plumber"), titles);
    assertTrue(text.contains("before Friday"));
    String session = pages.storedSessionToken();
    assertFalse(text.contains(session), "the session token is not in the file");
    assertFalse(text.contains(eve.password()), "nor the password");
    browser.screenshot("downloaded");
  }

  private Optional<Path> saved() {
    try (Stream<Path> files = Files.list(downloads)) {
      return files.filter(path -> path.getFileName().toString().endsWith(".json")).findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
