package io.taskguard.systemtest.attack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.keys.BigEndianBigInteger;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;

/**
 * The attacker's key material, and the server's public key in every shape an HMAC confusion attack
 * feeds to a verifier as a "secret". The attacker's X.509 certificate is self-signed by the JDK's
 * own {@code keytool}, so no certificate library is needed.
 */
final class AttackerKeys {

  final RsaJsonWebKey rsa;
  final EllipticCurveJsonWebKey ec;
  final PrivateKey certifiedKey;
  final X509Certificate certificate;

  private AttackerKeys(
      RsaJsonWebKey rsa,
      EllipticCurveJsonWebKey ec,
      PrivateKey certifiedKey,
      X509Certificate certificate) {
    this.rsa = rsa;
    this.ec = ec;
    this.certifiedKey = certifiedKey;
    this.certificate = certificate;
  }

  static AttackerKeys generate(Path workDir) {
    try {
      Files.createDirectories(workDir);
      Path store = workDir.resolve("attacker.p12");
      Files.deleteIfExists(store);
      char[] password = "attacker".toCharArray();
      keytool(store, new String(password));
      KeyStore keys = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(store)) {
        keys.load(in, password);
      }
      return new AttackerKeys(
          RsaJwkGenerator.generateJwk(2048),
          EcJwkGenerator.generateJwk(EllipticCurves.P256),
          (PrivateKey) keys.getKey("attacker", password),
          (X509Certificate) keys.getCertificate("attacker"));
    } catch (IOException | JoseException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException("cannot make the attacker's keys", e);
    }
  }

  /** The server's RSA public key as a JSON Web Key (UTF-8 bytes of its JSON). */
  static byte[] asJwk(RsaJsonWebKey serverKey) {
    return serverKey.toJson().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The server's RSA public key as PEM text (SubjectPublicKeyInfo), as {@code openssl} writes it.
   */
  static byte[] asPem(RsaJsonWebKey serverKey) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(serverKey.getPublicKey().getEncoded());
    return ("-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** The server's RSA public key as DER bytes (SubjectPublicKeyInfo). */
  static byte[] asDer(RsaJsonWebKey serverKey) {
    return serverKey.getPublicKey().getEncoded();
  }

  /** The server's RSA modulus as unsigned big-endian bytes. */
  static byte[] asModulus(RsaJsonWebKey serverKey) {
    return BigEndianBigInteger.toByteArray(serverKey.getRsaPublicKey().getModulus());
  }

  private static void keytool(Path store, String password) throws IOException {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                "attacker",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-dname",
                "CN=attacker.example",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                password,
                "-keypass",
                password)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException("keytool failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
