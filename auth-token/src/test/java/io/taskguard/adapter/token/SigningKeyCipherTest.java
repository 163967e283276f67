package io.taskguard.adapter.token;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SigningKeyCipherTest {

  static final String OLD_SECRET = "old-secret-0123456789abcdef0123456789abcdef";
  static final String NEW_SECRET = "new-secret-fedcba9876543210fedcba9876543210";

  private static final SigningKeyCipher OLD = new SigningKeyCipher(List.of(OLD_SECRET));
  private static final SigningKeyCipher NEW = new SigningKeyCipher(List.of(NEW_SECRET));
  private static final SigningKeyCipher ROTATING =
      new SigningKeyCipher(List.of(NEW_SECRET, OLD_SECRET));

  private final byte[] plaintext = "a PKCS#8 private key".getBytes(StandardCharsets.UTF_8);

  @Test
  void roundTripsWithTheLayoutVersionIvCiphertextAndTag() {
    byte[] blob = OLD.encrypt("kid-1", plaintext);

    assertEquals(1, blob[0], "version byte");
    assertEquals(1 + 12 + plaintext.length + 16, blob.length, "version, IV, ciphertext, tag");
    assertArrayEquals(plaintext, OLD.decrypt("kid-1", blob));
  }

  @Test
  void eachEncryptionUsesAFreshIvSoTheCiphertextsDiffer() {
    byte[] first = OLD.encrypt("kid-1", plaintext);
    byte[] second = OLD.encrypt("kid-1", plaintext);

    assertFalse(Arrays.equals(first, second));
    assertFalse(new String(first, StandardCharsets.ISO_8859_1).contains("PKCS#8"));
  }

  @Test
  void theWrongSecretFailsWithoutNamingAnySecret() {
    byte[] blob = OLD.encrypt("kid-1", plaintext);

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> NEW.decrypt("kid-1", blob));
    assertTrue(e.getMessage().contains("kid-1"), e.getMessage());
    assertFalse(e.getMessage().contains(OLD_SECRET) || e.getMessage().contains(NEW_SECRET));
  }

  @Test
  void aBlobMovedUnderAnotherKidDoesNotDecrypt() {
    byte[] blob = OLD.encrypt("kid-1", plaintext);

    assertThrows(IllegalStateException.class, () -> OLD.decrypt("kid-2", blob));
  }

  @Test
  void anAlteredBlobDoesNotDecrypt() {
    byte[] blob = OLD.encrypt("kid-1", plaintext);
    blob[blob.length - 20] ^= 1;

    assertThrows(IllegalStateException.class, () -> OLD.decrypt("kid-1", blob));
  }

  @Test
  void anUnknownVersionOrATruncatedBlobIsRefused() {
    byte[] blob = OLD.encrypt("kid-1", plaintext);
    blob[0] = 2;

    assertThrows(IllegalStateException.class, () -> OLD.decrypt("kid-1", blob));
    assertThrows(IllegalStateException.class, () -> OLD.decrypt("kid-1", new byte[] {1, 2, 3}));
  }

  @Test
  void afterASecretRotationTheOldSecretStillDecryptsAndTheNewOneEncrypts() {
    byte[] underOld = OLD.encrypt("kid-1", plaintext);
    byte[] underNew = ROTATING.encrypt("kid-1", plaintext);

    assertArrayEquals(plaintext, ROTATING.decrypt("kid-1", underOld));
    assertArrayEquals(plaintext, NEW.decrypt("kid-1", underNew));
    assertThrows(IllegalStateException.class, () -> OLD.decrypt("kid-1", underNew));
  }

  @Test
  void needsASecret() {
    assertThrows(IllegalArgumentException.class, () -> new SigningKeyCipher(List.of()));
  }

  static SigningKeyCipher oldCipher() {
    return OLD;
  }

  static SigningKeyCipher newCipher() {
    return NEW;
  }

  static SigningKeyCipher rotatingCipher() {
    return ROTATING;
  }
}
