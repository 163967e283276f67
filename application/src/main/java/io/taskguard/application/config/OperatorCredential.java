package io.taskguard.application.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The one credential that unlocks the operator commands ({@code TASKGUARD_OPERATOR_USER} and {@code
 * TASKGUARD_OPERATOR_PASSWORD}), read from configuration by the adapter that starts the
 * application. Without both, the commands do not exist. Comparison takes the same time whatever the
 * guess, and {@link #toString()} never shows the password.
 */
public record OperatorCredential(String user, String password) {

  public OperatorCredential {
    user = user == null ? "" : user.strip();
    password = password == null ? "" : password;
  }

  /** No credential: the operator commands are disabled. */
  public static OperatorCredential none() {
    return new OperatorCredential("", "");
  }

  /** Whether both a user and a password are configured. */
  public boolean configured() {
    return !user.isEmpty() && !password.isBlank();
  }

  /**
   * Whether {@code givenUser} and {@code givenPassword} are this credential, compared as SHA-256
   * digests in constant time (neither their content nor their length shows in the time taken).
   */
  public boolean matches(String givenUser, String givenPassword) {
    boolean userMatches = sameDigest(user, givenUser);
    boolean passwordMatches = sameDigest(password, givenPassword);
    return configured() & userMatches & passwordMatches;
  }

  private static boolean sameDigest(String expected, String given) {
    return MessageDigest.isEqual(digest(expected), digest(given == null ? "" : given));
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  @Override
  public String toString() {
    return "OperatorCredential[user=" + user + ", password=hidden]";
  }
}
