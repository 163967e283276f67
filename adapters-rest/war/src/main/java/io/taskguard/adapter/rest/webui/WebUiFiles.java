package io.taskguard.adapter.rest.webui;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web UI's files as one version: a hash of every file's path and bytes names the version, the
 * page links its scripts, styles and icon under {@code v/<version>/}, and relative ES module
 * imports follow from there. A path with the version can be cached for good, since another version
 * is another path; the page itself carries a strong ETag of its bytes.
 */
public final class WebUiFiles {

  /** The page's references to its own files: {@code src="js/…"}, {@code href="css/…"}, the icon. */
  private static final Pattern LOCAL_REFERENCE =
      Pattern.compile("((?:src|href)=\")((?:js/|css/|favicon\\.svg)[^\"]*\")");

  private final String version;
  private final byte[] page;
  private final String pageTag;

  private WebUiFiles(String version, byte[] page, String pageTag) {
    this.version = version;
    this.page = page;
    this.pageTag = pageTag;
  }

  /**
   * The version of {@code files} (path to bytes, the page {@code /index.html} among them) and the
   * page rewritten to link that version.
   */
  public static WebUiFiles of(Map<String, byte[]> files) {
    byte[] original = files.get("/index.html");
    if (original == null) {
      throw new IllegalArgumentException("no /index.html among the web UI's files");
    }
    MessageDigest digest = sha256();
    SortedMap<String, byte[]> sorted = new TreeMap<>(files);
    sorted.forEach(
        (path, bytes) -> {
          digest.update(path.getBytes(StandardCharsets.UTF_8));
          digest.update((byte) 0);
          digest.update(bytes);
          digest.update((byte) 0);
        });
    String version = HexFormat.of().formatHex(digest.digest(), 0, 8);
    Matcher references = LOCAL_REFERENCE.matcher(new String(original, StandardCharsets.UTF_8));
    while (references.find()) {
      String linked = "/" + references.group(2).substring(0, references.group(2).length() - 1);
      if (!files.containsKey(linked)) {
        // a file the version does not cover could be kept by browsers after it changed
        throw new IllegalArgumentException("the page links " + linked + ", not among the files");
      }
    }
    references.reset();
    byte[] page = references.replaceAll("$1v/" + version + "/$2").getBytes(StandardCharsets.UTF_8);
    String pageTag =
        "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(sha256().digest(page)) + "\"";
    return new WebUiFiles(version, page, pageTag);
  }

  /** Sixteen hex digits that change whenever any file does. */
  public String version() {
    return version;
  }

  /** The page, its own files linked under {@code v/<version>/}. */
  public byte[] page() {
    return page.clone();
  }

  /** A strong ETag of {@link #page()}, quoted. */
  public String pageTag() {
    return pageTag;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
