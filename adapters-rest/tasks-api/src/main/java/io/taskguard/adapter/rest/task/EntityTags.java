package io.taskguard.adapter.rest.task;

import io.taskguard.application.port.in.ExpectedVersion;
import io.taskguard.domain.task.Task;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task's version on the wire: the strong entity tag {@code "<id>-<version>"}, and the {@code
 * If-Match} header that hands it back (RFC 9110, section 13.1.1). {@code *} matches whatever
 * version exists; otherwise a change is admitted only for a version whose tag is listed. Weak tags
 * never match (strong comparison), nor do tags of another task or of a shape taskguard never
 * issues. A header that is not a valid list of entity tags is 400 {@code Invalid If-Match header}.
 */
final class EntityTags {

  private static final Pattern TASK_TAG = Pattern.compile("([0-9]{1,19})-([0-9]{1,19})");

  private EntityTags() {}

  /** The strong entity tag of the task's current version, quotes included. */
  static String of(Task task) {
    return "\"" + task.id().value() + "-" + task.version() + "\"";
  }

  /**
   * The versions that the request's {@code If-Match} admits for task {@code taskId}.
   *
   * @param headerValues every {@code If-Match} field line, or {@code null} or empty when absent
   */
  static ExpectedVersion ifMatch(List<String> headerValues, long taskId) {
    if (headerValues == null || headerValues.isEmpty()) {
      return ExpectedVersion.any();
    }
    String value = String.join(",", headerValues).strip();
    if (value.equals("*")) {
      return ExpectedVersion.any();
    }
    Set<Long> versions = new HashSet<>();
    for (String strongTag : strongTags(value)) {
      Matcher tag = TASK_TAG.matcher(strongTag);
      if (tag.matches() && tag.group(1).equals(Long.toString(taskId))) {
        parseVersion(tag.group(2), versions);
      }
    }
    return ExpectedVersion.oneOf(versions);
  }

  private static void parseVersion(String digits, Set<Long> versions) {
    try {
      versions.add(Long.parseLong(digits));
    } catch (NumberFormatException beyondAnyVersion) {
      // a version no task can reach matches nothing
    }
  }

  /** The opaque parts of the strong tags in a list of entity tags; weak tags are skipped. */
  private static List<String> strongTags(String list) {
    List<String> strong = new ArrayList<>();
    int at = 0;
    int tags = 0;
    while (true) {
      at = skip(list, at, " \t,");
      if (at >= list.length()) {
        break;
      }
      boolean weak = list.startsWith("W/", at);
      at += weak ? 2 : 0;
      if (at >= list.length() || list.charAt(at) != '"') {
        throw invalid();
      }
      int close = at + 1;
      while (close < list.length() && isEtagChar(list.charAt(close))) {
        close++;
      }
      if (close >= list.length() || list.charAt(close) != '"') {
        throw invalid();
      }
      if (!weak) {
        strong.add(list.substring(at + 1, close));
      }
      tags++;
      at = skip(list, close + 1, " \t");
      if (at < list.length() && list.charAt(at) != ',') {
        throw invalid();
      }
    }
    if (tags == 0) {
      throw invalid();
    }
    return strong;
  }

  private static int skip(String text, int from, String skipped) {
    int at = from;
    while (at < text.length() && skipped.indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    return at;
  }

  /** RFC 9110 etagc: visible ASCII except the double quote, and obs-text. */
  private static boolean isEtagChar(char c) {
    return c == 0x21 || (c >= 0x23 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF);
  }

  private static TaskErrors.BadTaskRequest invalid() {
    return TaskErrors.badRequest("Invalid If-Match header");
  }
}
