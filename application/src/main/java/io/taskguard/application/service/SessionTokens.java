package io.taskguard.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Session tokens: 256 random bits from {@link SecureRandom}, URL-safe base64 for the client, and
 * their SHA-256 for the store, so a copy of the database cannot be replayed as tokens.
 */
final class SessionTokens {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int TOKEN_BYTES = 32;
  private static final int MAX_TOKEN_LENGTH = 256;

  private SessionTokens() {}

  static String newToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The stored form of a random challenge: its SHA-256. */
  static byte[] hash(byte[] challenge) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(challenge);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The stored form of {@code token}; null for input that cannot be one of ours. */
  static byte[] hash(String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      return null;
    }
    return hash(token.getBytes(StandardCharsets.UTF_8));
  }
}
