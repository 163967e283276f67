package io.taskguard.application.port.in;

/** The public side of token signing: the published keys, and rotation for operators. */
public interface SigningKeysUseCase {

  /** The JWK Set that verifies every live token. */
  String publicKeySet();

  /** Rotates the signing key now (operators' "rotate now"). */
  void rotateNow();

  /** Rotates when the rotation period has passed; returns whether it did. */
  boolean rotateIfDue();
}
