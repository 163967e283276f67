package io.taskguard.adapter.token;

import io.taskguard.application.port.out.CookieSigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cookie signatures in Better Auth's form ({@code value.base64(HMAC-SHA256)}), under a key derived
 * from each key-encryption secret ({@code TASKGUARD_SECRET}) for this purpose alone: the newest
 * signs, every configured one verifies, so rotating the secret signs nobody out at once.
 */
@ApplicationScoped
public class HmacCookieSigner implements CookieSigner {

  private static final byte[] PURPOSE =
      "taskguard cookie signature v1".getBytes(StandardCharsets.UTF_8);

  private final List<SecretKeySpec> keys;

  /** For CDI's proxy only. */
  protected HmacCookieSigner() {
    this.keys = List.of();
  }

  @Inject
  public HmacCookieSigner(KeyEncryptionSecrets secrets) {
    this(secrets.newestFirst());
  }

  /** A signer over {@code secrets}, newest first. */
  public HmacCookieSigner(List<String> secrets) {
    this.keys =
        secrets.stream()
            .map(secret -> key(mac(key(secret.getBytes(StandardCharsets.UTF_8)), PURPOSE)))
            .toList();
  }

  /** {@code bytes} as an HMAC-SHA256 key. */
  private static SecretKeySpec key(byte[] bytes) {
    return new SecretKeySpec(bytes, "HmacSHA256");
  }

  @Override
  public String sign(String value) {
    return value + "." + Base64.getEncoder().encodeToString(mac(keys.get(0), value));
  }

  @Override
  public Optional<String> verified(String signed) {
    int dot = signed == null ? -1 : signed.lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String value = signed.substring(0, dot);
    byte[] offered;
    try {
      offered = Base64.getDecoder().decode(signed.substring(dot + 1));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    boolean matches = false;
    for (SecretKeySpec key : keys) {
      matches |= MessageDigest.isEqual(mac(key, value), offered);
    }
    return matches ? Optional.of(value) : Optional.empty();
  }

  private static byte[] mac(SecretKeySpec key, String value) {
    return mac(key, value.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] mac(SecretKeySpec key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
