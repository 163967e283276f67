package io.taskguard.adapter.rest.task;

import io.taskguard.adapter.rest.json.StrictJson;
import io.taskguard.application.port.out.TaskCursor;
import io.taskguard.application.port.out.TaskSort;
import io.taskguard.domain.policy.TextPolicy;
import io.taskguard.domain.task.TaskFailure;
import io.taskguard.domain.task.Title;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The {@code cursor} query value: opaque to clients, it is the base64url (unpadded) form of the
 * sort it was made for, the id of the last task of the page and that task's sort key (epoch
 * microseconds, the title, or the due day as YYYY-MM-DD or {@code none}), separated by line feeds.
 * A cursor is accepted only with the sort it was made for, and only when each part could have been
 * issued (a time between the years 1 and 9999, a title the domain accepts, a positive id); anything
 * else is 400 {@code Invalid cursor}. A forged but well-formed cursor can only move the start of
 * the caller's own list.
 *
 * <p>The length limit is generous because a title key of 500 code points can take 2,000 bytes.
 */
final class PageCursors {

  static final int MAX_LENGTH = 4096;

  private static final long MIN_MICROS = micros(Instant.parse("0001-01-01T00:00:00Z"));
  private static final long MAX_MICROS = micros(Instant.parse("9999-12-31T23:59:59.999999Z"));
  private static final Pattern MICROS = Pattern.compile("-?[0-9]{1,18}");
  private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,18}");

  private PageCursors() {}

  static String encode(TaskSort sort, TaskCursor cursor) {
    String plain = SortNames.name(sort) + "\n" + cursor.taskId() + "\n" + cursor.sortKey();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @throws TaskErrors.BadTaskRequest {@code Invalid cursor} unless {@code raw} is a cursor that
   *     could have been issued for {@code sort}
   */
  static TaskCursor decode(String raw, TaskSort sort) {
    if (raw == null || raw.isEmpty() || raw.length() > MAX_LENGTH || raw.indexOf('=') >= 0) {
      throw invalid();
    }
    String[] parts = plainText(raw).split("\n", 3);
    if (parts.length != 3
        || !parts[0].equals(SortNames.name(sort))
        || !ID.matcher(parts[1]).matches()) {
      throw invalid();
    }
    long id = parseLong(parts[1]);
    String key = parts[2];
    boolean valid =
        switch (sort) {
          case TITLE -> isTitleKey(key);
          case DUE -> key.equals(TaskCursor.NO_DUE_DATE) || WireDates.parse(key).isPresent();
          default -> isTimeKey(key);
        };
    if (!valid || id <= 0) {
      throw invalid();
    }
    return new TaskCursor(key, id);
  }

  private static String plainText(String raw) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(raw);
    } catch (IllegalArgumentException notBase64) {
      throw invalid();
    }
    String text = StrictJson.utf8OrNull(bytes);
    if (text == null) {
      throw invalid();
    }
    return text;
  }

  private static boolean isTimeKey(String key) {
    if (!MICROS.matcher(key).matches()) {
      return false;
    }
    long micros = parseLong(key);
    return micros >= MIN_MICROS && micros <= MAX_MICROS;
  }

  private static boolean isTitleKey(String key) {
    if (!TextPolicy.isStorable(key)) {
      return false;
    }
    try {
      return new Title(key).value().equals(key);
    } catch (TaskFailure.InvalidInput notATitle) {
      return false;
    }
  }

  private static long parseLong(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException overflow) {
      throw invalid();
    }
  }

  /** Epoch microseconds, computed without {@code Instant.until}'s nanosecond overflow. */
  private static long micros(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
  }

  private static TaskErrors.BadTaskRequest invalid() {
    return TaskErrors.badRequest("Invalid cursor");
  }
}
