package io.taskguard.adapter.token;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import io.taskguard.domain.user.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/**
 * Hashes made by the native library (argon2-jvm) verify with an independent pure-Java one
 * (password4j) and back: the stored PHC strings are standard, not tied to the library chosen.
 */
class Argon2InteropTest {

  private static final String PASSWORD = "interop: pässwörd 🔑";
  private final Argon2PasswordHasher nativeHasher = new Argon2PasswordHasher(Argon2Settings.OWASP);
  private final Argon2Function pureJava =
      Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, Argon2Function.ARGON2_VERSION_13);

  @Test
  void aNativeHashVerifiesWithPassword4j() {
    String encoded = nativeHasher.hash(PASSWORD).encoded();

    assertTrue(Argon2Function.getInstanceFromHash(encoded).check(PASSWORD, encoded));
    assertFalse(Argon2Function.getInstanceFromHash(encoded).check(PASSWORD + "!", encoded));
  }

  @Test
  void aPassword4jHashVerifiesWithTheNativeHasherAndIsCurrent() {
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    String encoded = pureJava.hash(PASSWORD.getBytes(StandardCharsets.UTF_8), salt).getResult();
    PasswordHash hash = new PasswordHash(encoded);

    assertTrue(encoded.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), encoded);
    assertTrue(nativeHasher.matches(PASSWORD, hash));
    assertFalse(nativeHasher.matches(PASSWORD + "!", hash));
    assertFalse(nativeHasher.needsRehash(hash));
  }
}
