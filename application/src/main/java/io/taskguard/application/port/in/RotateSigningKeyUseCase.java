package io.taskguard.application.port.in;

/** The operator's "rotate now": a new signing key at once, e.g. after a suspected leak. */
public interface RotateSigningKeyUseCase {

  /**
   * Rotates the signing key now; returns the new key's id. Audited with {@code operatorAddress}.
   */
  String rotateNow(String operatorAddress);
}
