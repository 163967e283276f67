package io.taskguard.adapter.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.domain.user.PasswordHash;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {

  private static final Argon2PasswordHasher HASHER = new Argon2PasswordHasher(Argon2Settings.OWASP);

  @Test
  void hashIsAPhcStringWithTheOwaspParametersA16ByteSaltAndA32ByteHash() {
    String encoded = HASHER.hash("correct horse battery staple").encoded();

    // unpadded base64: 16 bytes are 22 characters, 32 bytes are 43
    assertTrue(
        encoded.matches(
            "\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"),
        encoded);
  }

  @Test
  void eachHashHasItsOwnSalt() {
    assertNotEquals(HASHER.hash("same password").encoded(), HASHER.hash("same password").encoded());
  }

  @Test
  void matchesTheRightPasswordOnly() {
    PasswordHash hash = HASHER.hash("correct horse battery staple");

    assertTrue(HASHER.matches("correct horse battery staple", hash));
    assertFalse(HASHER.matches("correct horse battery stapler", hash));
    assertFalse(HASHER.matches("", hash));
  }

  @Test
  void nonAsciiPasswordsAreHashedAsUtf8() {
    PasswordHash hash = HASHER.hash("pässwörd-日本語-🔑");

    assertTrue(HASHER.matches("pässwörd-日本語-🔑", hash));
    assertFalse(HASHER.matches("passwort-日本語-🔑", hash));
  }

  @Test
  void aHashThatIsNotArgon2idNeverMatches() {
    assertFalse(HASHER.matches("secret", new PasswordHash("$2a$10$abcdefghijklmnopqrstuv")));
    assertFalse(HASHER.matches("secret", new PasswordHash("plain secret")));
  }

  @Test
  void needsRehashWhenAnyStoredParameterIsBelowTheCurrentOnes() {
    PasswordHash weakMemory = new Argon2PasswordHasher(new Argon2Settings(8192, 2, 1)).hash("pw");
    PasswordHash weakTime = new Argon2PasswordHasher(new Argon2Settings(19_456, 1, 1)).hash("pw");
    PasswordHash stronger = new Argon2PasswordHasher(new Argon2Settings(24_576, 3, 1)).hash("pw");

    assertFalse(HASHER.needsRehash(HASHER.hash("pw")));
    assertTrue(HASHER.needsRehash(weakMemory));
    assertTrue(HASHER.needsRehash(weakTime));
    assertFalse(HASHER.needsRehash(stronger));
    assertTrue(HASHER.matches("pw", weakMemory), "old hashes still verify until upgraded");
  }

  @Test
  void needsRehashForAnythingThatIsNotArgon2idVersion19() {
    assertTrue(HASHER.needsRehash(new PasswordHash("$argon2i$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA")));
    assertTrue(
        HASHER.needsRehash(new PasswordHash("$argon2id$v=16$m=19456,t=2,p=1$c2FsdA$aGFzaA")));
    assertTrue(HASHER.needsRehash(new PasswordHash("$2a$10$abcdefghijklmnopqrstuv")));
  }

  @Test
  void matchNobodyVerifiesADummyHashMadeWithTheCurrentParameters() {
    Argon2PasswordHasher hasher = new Argon2PasswordHasher(new Argon2Settings(8192, 3, 1));

    assertEquals(Optional.of(hasher.settings()), Argon2Settings.of(hasher.nobodyHash()));
    hasher.matchNobody("any password at all");
  }

  @Test
  void matchNobodyDoesTheWorkOfARealVerification() {
    PasswordHash hash = HASHER.hash("correct horse battery staple");
    long real = Long.MAX_VALUE;
    long nobody = Long.MAX_VALUE;
    for (int i = 0; i < 7; i++) { // interleaved, best of each: other load only adds time
      long start = System.nanoTime();
      HASHER.matches("wrong", hash);
      real = Math.min(real, System.nanoTime() - start);
      start = System.nanoTime();
      HASHER.matchNobody("wrong");
      nobody = Math.min(nobody, System.nanoTime() - start);
    }

    // a dummy that skipped the argon2 work would be orders of magnitude faster
    assertTrue(nobody > real / 4, "real " + real + " ns, nobody " + nobody + " ns");
  }

  @Test
  void parametersBelowArgon2sMinimumsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Argon2Settings(19_456, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new Argon2Settings(4, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> new Argon2Settings(19_456, 2, 0));
  }
}
