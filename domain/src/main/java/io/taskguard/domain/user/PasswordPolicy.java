package io.taskguard.domain.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The password rules of OWASP ASVS 5.0: 8 to 128 characters, any characters, no composition rules,
 * nothing truncated; refused when among the most common passwords or equal to the email.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 128;
  private static final String COMMON_LIST = "/io/taskguard/domain/user/common-passwords.txt";

  private final Set<String> common;

  private PasswordPolicy(Set<String> common) {
    this.common = Set.copyOf(common);
  }

  /** The policy with the shipped list of the 10,000 most common passwords. */
  public static PasswordPolicy standard() {
    return Holder.STANDARD;
  }

  /** A policy refusing {@code commonPasswords} (compared case-insensitively). */
  public static PasswordPolicy withCommonPasswords(Set<String> commonPasswords) {
    Set<String> lowered = new HashSet<>();
    commonPasswords.forEach(p -> lowered.add(p.toLowerCase(Locale.ROOT)));
    return new PasswordPolicy(lowered);
  }

  /**
   * Checks {@code password} for an account with {@code email}.
   *
   * @throws IdentityFailure.WeakPassword naming the rule it breaks
   */
  public void check(String password, Email email) {
    if (password == null || password.isEmpty()) {
      throw new IdentityFailure.WeakPassword(IdentityFailure.WeakPassword.Rule.TOO_SHORT);
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      throw new IdentityFailure.WeakPassword(IdentityFailure.WeakPassword.Rule.TOO_SHORT);
    }
    if (length > MAX_LENGTH) {
      throw new IdentityFailure.WeakPassword(IdentityFailure.WeakPassword.Rule.TOO_LONG);
    }
    if (email != null && password.strip().equalsIgnoreCase(email.value())) {
      throw new IdentityFailure.WeakPassword(IdentityFailure.WeakPassword.Rule.EQUALS_EMAIL);
    }
    if (common.contains(password.toLowerCase(Locale.ROOT))) {
      throw new IdentityFailure.WeakPassword(IdentityFailure.WeakPassword.Rule.TOO_COMMON);
    }
  }

  public int commonPasswordCount() {
    return common.size();
  }

  private static final class Holder {
    static final PasswordPolicy STANDARD = withCommonPasswords(load());

    private static Set<String> load() {
      Set<String> passwords = new HashSet<>();
      try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
        if (in == null) {
          throw new IllegalStateException("missing " + COMMON_LIST);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (!line.isBlank()) {
            passwords.add(line.strip());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return passwords;
    }
  }
}
