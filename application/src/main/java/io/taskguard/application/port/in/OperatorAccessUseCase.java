package io.taskguard.application.port.in;

/**
 * Who may run operator commands: only a caller presenting the configured {@link
 * io.taskguard.application.config.OperatorCredential}. Wrong guesses are counted per client address
 * and backed off like failed sign-ins, and each is audited.
 */
public interface OperatorAccessUseCase {

  /** Whether operator commands exist at all (a credential is configured). */
  boolean enabled();

  /**
   * Whether {@code user} and {@code password} are the operator credential; a wrong one is counted
   * against {@code clientAddress} and audited.
   *
   * @throws IdentityFailure.Throttled while the address must wait, before the credential is
   *     compared
   */
  boolean admits(String user, String password, String clientAddress);
}
