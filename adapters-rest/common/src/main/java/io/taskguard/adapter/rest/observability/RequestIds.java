package io.taskguard.adapter.rest.observability;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties one request's log lines, access log entry and answer together. A load balancer's
 * {@code X-Request-Id} is kept when it is of a safe shape (8 to 128 letters, digits and {@code . _
 * : -}), so its logs and ours share one id; anything else is replaced by a random UUID, so that no
 * client can write arbitrary text into the logs.
 */
public final class RequestIds {

  /** The header that carries the id in both directions. */
  public static final String HEADER = "X-Request-Id";

  /** The request attribute under which the id of the current request is kept. */
  public static final String ATTRIBUTE = "io.taskguard.requestId";

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

  private RequestIds() {}

  /** {@code incoming} when it is well formed, a new random id otherwise. */
  public static String adopt(String incoming) {
    return isWellFormed(incoming) ? incoming : UUID.randomUUID().toString();
  }

  static boolean isWellFormed(String candidate) {
    return candidate != null && WELL_FORMED.matcher(candidate).matches();
  }
}
