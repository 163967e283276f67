package io.taskguard.adapter.token;

import io.taskguard.application.port.out.KeyManagement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The operator's key commands on this server's {@link SigningKeys} and {@link SecretRotation}: each
 * takes the store's advisory lock, the same one lazy rotation takes, so an operator's rotation and
 * a token issued on another server at that moment still make one key between them.
 */
@ApplicationScoped
public class OperatorKeyCommands implements KeyManagement {

  private final SigningKeys keys;
  private final SecretRotation secrets;

  /** For CDI's proxy only. */
  protected OperatorKeyCommands() {
    this(null, null);
  }

  @Inject
  public OperatorKeyCommands(SigningKeys keys, SecretRotation secrets) {
    this.keys = keys;
    this.secrets = secrets;
  }

  @Override
  public String rotateNow(Instant now, String operatorAddress) {
    return keys.rotateNow(now, operatorAddress);
  }

  @Override
  public boolean withdraw(String kid, Instant now, String operatorAddress) {
    return keys.withdraw(kid, now, operatorAddress);
  }

  @Override
  public int reencryptAll(Instant now) {
    return secrets.reencryptAll(now);
  }
}
