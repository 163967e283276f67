package io.taskguard.application.service;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Backup codes: ten per set, each {@code XXXXX-XXXXX} from 62 letters and digits (about 59 random
 * bits), shown to their owner once and stored only as SHA-256 hashes. So many random bits make a
 * slow hash unnecessary; a copy of the database still gives no code away.
 */
final class BackupCodes {

  static final int COUNT = 10;
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final int HALF = 5;
  private static final int MAX_LENGTH = 64;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A new set: the codes as the person sees them, and the hashes the store keeps. */
  record NewSet(List<String> codes, List<byte[]> hashes) {}

  private BackupCodes() {}

  static NewSet generate() {
    List<String> codes = new ArrayList<>(COUNT);
    List<byte[]> hashes = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      String code = random(HALF) + "-" + random(HALF);
      codes.add(code);
      hashes.add(hash(code));
    }
    return new NewSet(List.copyOf(codes), List.copyOf(hashes));
  }

  /**
   * The hash of a code as a person typed it (surrounding white space removed); null for input that
   * cannot be a code.
   */
  static byte[] hashOfTyped(String typed) {
    if (typed == null) {
      return null;
    }
    String code = typed.strip();
    return code.isEmpty() || code.length() > MAX_LENGTH ? null : hash(code);
  }

  /**
   * The index of {@code hash} among {@code candidates} (-1: none), comparing with every candidate
   * in constant time.
   */
  static int indexOf(byte[] hash, List<byte[]> candidates) {
    int found = -1;
    for (int i = 0; i < candidates.size(); i++) {
      if (MessageDigest.isEqual(hash, candidates.get(i)) && found < 0) {
        found = i;
      }
    }
    return found;
  }

  private static String random(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }

  private static byte[] hash(String code) {
    return SessionTokens.hash(code);
  }
}
