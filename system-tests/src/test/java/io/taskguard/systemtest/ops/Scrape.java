package io.taskguard.systemtest.ops;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One Prometheus text-format scrape of {@code /metrics}, read series by series. */
public record Scrape(List<String> lines) {

  public static Scrape of(String body) {
    return new Scrape(body.lines().filter(line -> !line.startsWith("#")).toList());
  }

  /**
   * The value of the one series named {@code name} whose labels include every {@code labels}
   * ({@code key="value"} pairs); 0 when there is none.
   */
  public double value(String name, String... labels) {
    List<String> matching =
        lines.stream()
            .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
            .filter(line -> Arrays.stream(labels).allMatch(line::contains))
            .toList();
    if (matching.size() > 1) {
      throw new AssertionError("several series match " + name + " " + List.of(labels));
    }
    if (matching.isEmpty()) {
      return 0;
    }
    String line = matching.get(0);
    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
  }

  /** Whether some series' name starts with {@code prefix} (case-insensitive). */
  public boolean hasSeriesStartingWith(String prefix, String... labels) {
    String lower = prefix.toLowerCase(Locale.ROOT);
    return lines.stream()
        .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(lower))
        .anyMatch(line -> Arrays.stream(labels).allMatch(line::contains));
  }
}
