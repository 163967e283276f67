package io.taskguard.application.port.out;

import java.time.Instant;

/**
 * What operators do to the signing keys beyond the lazy rotation that issuing tokens causes: every
 * change runs under the same lock, shared by all servers, that lazy rotation takes.
 */
public interface KeyManagement {

  /**
   * Makes a new key the signing key from {@code now}; older keys stop signing but stay published
   * until their tokens have expired. Recorded in the audit trail with {@code operatorAddress}.
   * Returns the new key's id.
   */
  String rotateNow(Instant now, String operatorAddress);

  /**
   * Stops signing with and publishing key {@code kid} at {@code now}, so its tokens are refused;
   * false when no key of that id is published. A withdrawal is recorded in the audit trail with
   * {@code operatorAddress}.
   */
  boolean withdraw(String kid, Instant now, String operatorAddress);

  /**
   * Re-encrypts the private part of every published key under the newest key-encryption secret;
   * returns how many.
   */
  int reencryptAll(Instant now);
}
