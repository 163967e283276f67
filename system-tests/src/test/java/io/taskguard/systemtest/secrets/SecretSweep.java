package io.taskguard.systemtest.secrets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds known secrets in text, many secrets at once: each is indexed by a hash of its last {@value
 * #KEY} characters and the text is scanned once with a rolling hash, so thousands of secrets over
 * megabytes of logs cost one pass. Text and secrets are compared as UTF-8 bytes (each byte one
 * char), so binary log files are scanned as they are. A finding names where and what kind of
 * secret, never the secret. A JWT is looked for by its signature segment, the part that makes it a
 * credential, so a log line holding only that part is caught too.
 */
public final class SecretSweep {

  /** A secret the suite handled. */
  public record Secret(String kind, String value) {}

  /** A secret found somewhere it must not be: the place and the kind, never the value. */
  public record Finding(String where, String kind) {
    @Override
    public String toString() {
      return kind + " in " + where;
    }
  }

  static final int KEY = 12;
  private static final long BASE = 1_000_003L;

  private record Needle(String kind, String bytes) {}

  private final Map<Long, List<Needle>> byTail = new HashMap<>();
  private final long power;
  private int needles;
  private long bytesScanned;

  public SecretSweep(Collection<Secret> secrets) {
    long p = 1;
    for (int i = 1; i < KEY; i++) {
      p *= BASE;
    }
    power = p;
    for (Secret secret : secrets) {
      String needle = asBytes(needleOf(secret));
      if (needle.length() >= KEY) {
        byTail
            .computeIfAbsent(hash(needle, needle.length() - KEY), h -> new ArrayList<>())
            .add(new Needle(secret.kind(), needle));
        needles++;
      }
    }
  }

  /** The secrets that are looked for (those of at least {@value #KEY} characters). */
  public int needles() {
    return needles;
  }

  public long bytesScanned() {
    return bytesScanned;
  }

  /** The kinds of secret found in {@code text} (Java text, compared as its UTF-8 bytes). */
  public List<Finding> scanText(String where, String text) {
    return scanBytes(where, asBytes(text));
  }

  /** As {@link #scanText}, for raw bytes (a log file). */
  public List<Finding> scanBytes(String where, byte[] bytes) {
    return scanBytes(where, new String(bytes, StandardCharsets.ISO_8859_1));
  }

  private List<Finding> scanBytes(String where, String text) {
    bytesScanned += text.length();
    Set<String> kinds = new LinkedHashSet<>();
    if (text.length() >= KEY) {
      long h = hash(text, 0);
      for (int end = KEY; ; end++) {
        List<Needle> candidates = byTail.get(h);
        if (candidates != null) {
          for (Needle needle : candidates) {
            int start = end - needle.bytes().length();
            if (start >= 0 && text.startsWith(needle.bytes(), start)) {
              kinds.add(needle.kind());
            }
          }
        }
        if (end == text.length()) {
          break;
        }
        h = (h - text.charAt(end - KEY) * power) * BASE + text.charAt(end);
      }
    }
    return kinds.stream().map(kind -> new Finding(where, kind)).toList();
  }

  private static String needleOf(Secret secret) {
    if ("JWT".equals(secret.kind())) {
      String[] parts = secret.value().split("\\.");
      if (parts.length == 3 && parts[2].length() >= KEY) {
        return parts[2];
      }
    }
    return secret.value();
  }

  private static long hash(String text, int from) {
    long h = 0;
    for (int i = from; i < from + KEY; i++) {
      h = h * BASE + text.charAt(i);
    }
    return h;
  }

  private static String asBytes(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }
}
