package io.taskguard.adapter.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts signing keys' private parts (and second-factor secrets, through {@link
 * SecondFactorSealer}) so that the database never holds them in the clear.
 *
 * <p>Layout: {@code version (1 byte, 0x01) || IV (12 random bytes) || AES-256-GCM ciphertext with
 * its 128-bit tag}, the key id as associated data, so a blob copied under another kid does not
 * decrypt. Version 1 derives the 256-bit key-encryption key from each secret with JCA's
 * PBKDF2WithHmacSHA256 (600,000 iterations, a fixed salt naming this purpose): slow enough that a
 * weak operator secret is still costly to guess, and done once per secret, not per key. Encryption
 * uses the newest secret; decryption tries each configured secret, newest first.
 */
@ApplicationScoped
public class SigningKeyCipher {

  static final byte VERSION = 1;
  static final int IV_BYTES = 12;
  static final int TAG_BITS = 128;
  static final int PBKDF2_ITERATIONS = 600_000;
  private static final byte[] SALT =
      "taskguard signing-key encryption v1".getBytes(StandardCharsets.UTF_8);

  private final List<SecretKey> keys;
  private final SecureRandom random = new SecureRandom();

  /** For CDI's proxy only. */
  protected SigningKeyCipher() {
    this.keys = List.of();
  }

  @Inject
  public SigningKeyCipher(KeyEncryptionSecrets secrets) {
    this(secrets.newestFirst());
  }

  /** A cipher over {@code secrets}, newest first; the first one encrypts. */
  public SigningKeyCipher(List<String> secrets) {
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("no key-encryption secret");
    }
    this.keys = secrets.stream().map(SigningKeyCipher::derive).toList();
  }

  /**
   * Encrypts {@code plaintext} (a PKCS#8 private key) under the newest secret, bound to {@code
   * kid}.
   */
  public byte[] encrypt(String kid, byte[] plaintext) {
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.get(0), iv, kid);
      byte[] sealed = cipher.doFinal(plaintext);
      return ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
          .put(VERSION)
          .put(iv)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /**
   * Decrypts what {@link #encrypt} made for {@code kid}, trying each secret in turn.
   *
   * @throws IllegalStateException when no configured secret opens it, or it was altered
   */
  public byte[] decrypt(String kid, byte[] blob) {
    if (blob == null || blob.length < 1 + IV_BYTES + TAG_BITS / 8 || blob[0] != VERSION) {
      throw new IllegalStateException(kid + " is not in a known encrypted format");
    }
    byte[] iv = Arrays.copyOfRange(blob, 1, 1 + IV_BYTES);
    for (SecretKey key : keys) {
      try {
        return cipher(Cipher.DECRYPT_MODE, key, iv, kid)
            .doFinal(blob, 1 + IV_BYTES, blob.length - 1 - IV_BYTES);
      } catch (AEADBadTagException wrongSecretOrAltered) {
        // the next secret may be the one it was made with
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("AES-GCM decryption failed", e);
      }
    }
    throw new IllegalStateException(
        kid + " cannot be decrypted with any configured TASKGUARD_SECRET");
  }

  private static Cipher cipher(int mode, SecretKey key, byte[] iv, String kid)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
    cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }

  private static SecretKey derive(String secret) {
    PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), SALT, PBKDF2_ITERATIONS, 256);
    try {
      byte[] raw =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      return new SecretKeySpec(raw, "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    } finally {
      spec.clearPassword();
    }
  }
}
