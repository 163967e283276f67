package io.taskguard.adapter.rest.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebUiFilesTest {

  private static final String PAGE =
      "<link rel=\"icon\" href=\"favicon.svg\"><script src=\"js/theme.js\"></script>"
          + "<link rel=\"stylesheet\" href=\"css/app.css\"><a href=\"#/tasks\">Tasks</a>"
          + "<a href=\"https://example.com/js/x.js\">x</a>";

  private static WebUiFiles of(String page, String script) {
    return WebUiFiles.of(
        Map.of(
            "/index.html", bytes(page),
            "/js/app.js", bytes(script),
            "/js/theme.js", bytes("theme"),
            "/css/app.css", bytes("css"),
            "/favicon.svg", bytes("<svg/>")));
  }

  @Test
  void thePageLinksItsOwnFilesUnderTheVersionAndNothingElse() {
    WebUiFiles files = of(PAGE, "import './views/tasks.js';");
    String v = "v/" + files.version() + "/";
    assertEquals(
        "<link rel=\"icon\" href=\""
            + v
            + "favicon.svg\"><script src=\""
            + v
            + "js/theme.js\"></script><link rel=\"stylesheet\" href=\""
            + v
            + "css/app.css\"><a href=\"#/tasks\">Tasks</a>"
            + "<a href=\"https://example.com/js/x.js\">x</a>",
        new String(files.page(), StandardCharsets.UTF_8));
    assertTrue(files.version().matches("[0-9a-f]{16}"), files.version());
  }

  @Test
  void aPageThatLinksAFileNotReadIsRefused() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                WebUiFiles.of(Map.of("/index.html", bytes(PAGE), "/favicon.svg", bytes("<svg/>"))));
    assertEquals("the page links /js/theme.js, not among the files", refused.getMessage());
  }

  @Test
  void anyChangedFileIsANewVersionAndTheSameFilesTheSameOne() {
    WebUiFiles files = of(PAGE, "one");
    assertEquals(files.version(), of(PAGE, "one").version());
    assertEquals(files.pageTag(), of(PAGE, "one").pageTag());
    WebUiFiles changed = of(PAGE, "two");
    assertNotEquals(files.version(), changed.version());
    assertNotEquals(files.pageTag(), changed.pageTag(), "the page links the new version");
  }

  @Test
  void thePageTagIsAStrongQuotedTag() {
    String tag = of(PAGE, "one").pageTag();
    assertTrue(tag.matches("\"[A-Za-z0-9_-]{43}\""), tag);
  }

  @Test
  void ifNoneMatchTakesListsWeakFormsAndTheWildcard() {
    String tag = "\"abc\"";
    assertTrue(StaticFilesFilter.matches("\"abc\"", tag));
    assertTrue(StaticFilesFilter.matches("\"x\", W/\"abc\"", tag));
    assertTrue(StaticFilesFilter.matches("*", tag));
    assertFalse(StaticFilesFilter.matches("\"abd\"", tag));
    assertFalse(StaticFilesFilter.matches(null, tag));
  }

  @Test
  void onlyTheWebUiFilesAreItsOwn() {
    assertTrue(StaticFilesFilter.isWebUiFile("/js/views/tasks.js"));
    assertTrue(StaticFilesFilter.isWebUiFile("/"));
    assertFalse(StaticFilesFilter.isWebUiFile("/api/tasks"));
    assertFalse(StaticFilesFilter.isWebUiFile("/jsx"));
  }

  @Test
  void aVersionPathNamesOnlyAScriptAStyleOrTheIcon() {
    for (String file :
        List.of("/js/app.js", "/js/views/new-task-form.js", "/css/app.css", "/favicon.svg")) {
      assertTrue(StaticFilesFilter.FILE_NAME.matcher(file).matches(), file);
    }
    for (String file :
        List.of(
            "/js/../WEB-INF/web.xml",
            "/js/..%2FWEB-INF/web.xml",
            "/css/./app.css",
            "/js//app.js",
            "/index.html",
            "/js/app.json",
            "/WEB-INF/web.xml")) {
      assertFalse(StaticFilesFilter.FILE_NAME.matcher(file).matches(), file);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
