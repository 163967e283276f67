package io.taskguard.application.port.in;

/**
 * The public side of token signing: the published keys (issuing a token rotates lazily, see {@code
 * TokenIssuer}). Operators rotate and withdraw keys through {@link RotateSigningKeyUseCase} and
 * {@link WithdrawSigningKeyUseCase}.
 */
public interface SigningKeysUseCase {

  /** The JWK Set that verifies every live token. */
  String publicKeySet();

  /**
   * Whether tokens signed with key {@code kid} are still trusted: the key is published now. A key
   * withdrawn by an operator stops being trusted on every server within the key refresh interval.
   */
  boolean isTrusted(String kid);
}
