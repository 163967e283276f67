package io.taskguard.application.port.in;

/**
 * The operator's step after putting a new secret first in {@code TASKGUARD_SECRET}: re-encrypt the
 * stored private keys under it, after which the old secret can be removed.
 */
public interface ReencryptSigningKeysUseCase {

  /** Re-encrypts every published key under the newest secret; returns how many. Audited. */
  int reencryptAll(String operatorAddress);
}
