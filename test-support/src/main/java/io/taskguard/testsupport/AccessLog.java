package io.taskguard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A server's access log ({@code http_access.log}, one line a request), as the tests count it. */
public final class AccessLog {

  private AccessLog() {}

  /**
   * How many requests in the access log of the server whose logs directory is {@code logs} name
   * {@code path}; none before the log exists. Liberty writes the log asynchronously: wait a moment
   * after the requests before counting.
   */
  public static long requestsFor(Path logs, String path) {
    Path log = logs.resolve("http_access.log");
    if (!Files.exists(log)) {
      return 0;
    }
    try (Stream<String> lines = Files.lines(log)) {
      return lines.filter(line -> line.contains(path)).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
