package io.taskguard.application.fake;

import io.taskguard.application.port.out.SecretSealer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A {@link SecretSealer} that hides nothing but keeps the binding: a sealed value is the owner, a
 * NUL and the plaintext, and opening it for another owner fails, as the real cipher's does.
 */
public class FakeSecretSealer implements SecretSealer {

  @Override
  public byte[] seal(String owner, byte[] plaintext) {
    byte[] prefix = (owner + "\0").getBytes(StandardCharsets.UTF_8);
    byte[] sealed = Arrays.copyOf(prefix, prefix.length + plaintext.length);
    System.arraycopy(plaintext, 0, sealed, prefix.length, plaintext.length);
    return sealed;
  }

  @Override
  public byte[] open(String owner, byte[] sealed) {
    byte[] prefix = (owner + "\0").getBytes(StandardCharsets.UTF_8);
    if (sealed.length < prefix.length
        || !Arrays.equals(Arrays.copyOf(sealed, prefix.length), prefix)) {
      throw new IllegalStateException("sealed for another owner");
    }
    return Arrays.copyOfRange(sealed, prefix.length, sealed.length);
  }
}
