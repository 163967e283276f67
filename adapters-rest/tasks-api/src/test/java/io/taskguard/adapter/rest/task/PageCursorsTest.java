package io.taskguard.adapter.rest.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.out.TaskCursor;
import io.taskguard.application.port.out.TaskSort;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageCursorsTest {

  private static final TaskCursor TIME = new TaskCursor("1795519448911123", 42);

  private static String opaque(String plain) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertInvalid(String raw, TaskSort sort) {
    TaskErrors.BadTaskRequest refused =
        assertThrows(TaskErrors.BadTaskRequest.class, () -> PageCursors.decode(raw, sort));
    assertEquals("Invalid cursor", refused.getMessage());
  }

  @ParameterizedTest
  @EnumSource(
      value = TaskSort.class,
      names = {"OLDEST_CREATED", "NEWEST_CREATED", "OLDEST_UPDATED", "NEWEST_UPDATED"})
  void timeCursorsComeBackAsIssuedForTheirOwnSortOnly(TaskSort sort) {
    String raw = PageCursors.encode(sort, TIME);

    assertTrue(raw.matches("[A-Za-z0-9_-]+"), raw);
    assertEquals(TIME, PageCursors.decode(raw, sort));
    for (TaskSort other : TaskSort.values()) {
      if (other != sort) {
        assertInvalid(raw, other);
      }
    }
  }

  @Test
  void titleCursorsKeepAnyTitleExactly() {
    for (String title :
        List.of(
            "Buy milk",
            "a\nb\nc",
            "ü 中文 \uD83D\uDE00",
            "x".repeat(500),
            "\uD83D\uDE00".repeat(500))) {
      TaskCursor cursor = new TaskCursor(title, 9);
      String raw = PageCursors.encode(TaskSort.TITLE, cursor);

      assertTrue(raw.length() <= PageCursors.MAX_LENGTH);
      assertEquals(cursor, PageCursors.decode(raw, TaskSort.TITLE));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not base64!",
        "bm90IGEgY3Vyc29y",
        "LWNyZWF0ZWQKNDIK",
      })
  void refusesGarbage(String raw) {
    assertInvalid(raw, TaskSort.NEWEST_CREATED);
  }

  @Test
  void refusesPaddedOrStandardBase64() {
    byte[] plain = "-created\n42\n1795519448911123".getBytes(StandardCharsets.UTF_8);
    String padded = Base64.getUrlEncoder().encodeToString(plain);
    assertTrue(padded.endsWith("="), padded);

    assertInvalid(padded, TaskSort.NEWEST_CREATED);
    assertInvalid(opaque("title\n1\n??>>").replace('-', '+').replace('_', '/'), TaskSort.TITLE);
  }

  @Test
  void refusesPartsThatCouldNotHaveBeenIssued() {
    assertInvalid(opaque("-created\n0\n1795519448911123"), TaskSort.NEWEST_CREATED);
    assertInvalid(opaque("-created\n-4\n1795519448911123"), TaskSort.NEWEST_CREATED);
    assertInvalid(opaque("-created\n99999999999999999999\n1"), TaskSort.NEWEST_CREATED);
    assertInvalid(opaque("-created\n42\n-99999999999999999"), TaskSort.NEWEST_CREATED);
    assertInvalid(opaque("-created\n42\n999999999999999999"), TaskSort.NEWEST_CREATED);
    assertInvalid(opaque("-created\n42\n12.5"), TaskSort.NEWEST_CREATED);
    assertInvalid(opaque("-created\n42"), TaskSort.NEWEST_CREATED);
    assertInvalid(opaque("title\n42\n  padded "), TaskSort.TITLE);
    assertInvalid(opaque("title\n42\n"), TaskSort.TITLE);
    assertInvalid(opaque("title\n42\nnul\u0000"), TaskSort.TITLE);
    assertInvalid(opaque("title\n42\n" + "x".repeat(501)), TaskSort.TITLE);
    assertInvalid(
        Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] {'t', (byte) 0xC3}),
        TaskSort.TITLE);
    assertInvalid("A".repeat(PageCursors.MAX_LENGTH + 1), TaskSort.TITLE);
  }

  @Test
  void acceptsTheWholeRangeOfStorableTimes() {
    assertEquals(
        new TaskCursor("-62135596800000000", 1),
        PageCursors.decode(opaque("created\n1\n-62135596800000000"), TaskSort.OLDEST_CREATED));
    assertEquals(
        new TaskCursor("253402300799999999", 1),
        PageCursors.decode(opaque("created\n1\n253402300799999999"), TaskSort.OLDEST_CREATED));
  }
}
