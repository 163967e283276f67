package io.taskguard.application.port.in;

/** The operator's answer to a compromised key: stop trusting every token it signed. */
public interface WithdrawSigningKeyUseCase {

  /**
   * Withdraws key {@code kid}: it neither signs nor is published from now on. Audited with {@code
   * operatorAddress}.
   *
   * @throws IdentityFailure.SigningKeyNotFound when no published key has that id
   */
  void withdraw(String kid, String operatorAddress);
}
