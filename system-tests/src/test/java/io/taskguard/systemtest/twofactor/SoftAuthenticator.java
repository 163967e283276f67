package io.taskguard.systemtest.twofactor;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * A platform authenticator in software, as a phone or a laptop would answer WebAuthn: one P-256 key
 * pair per passkey, attestation {@code none}, user presence and user verification flags set unless
 * a test says otherwise, and a sign count it can be told to send. Its answers are the JSON of a
 * browser's {@code PublicKeyCredential.toJSON()}.
 */
public final class SoftAuthenticator {

  static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  static final Base64.Decoder UNB64 = Base64.getUrlDecoder();
  private static final byte UP = 0x01;
  private static final byte UV = 0x04;
  private static final byte AT = 0x40;

  private final String origin;
  private final String rpId;
  private final byte[] credentialId = new byte[16];
  private final KeyPair keys;
  private byte[] userHandle;
  long signCount = 0;
  boolean userVerified = true;

  public SoftAuthenticator(String origin, String rpId) {
    this.origin = origin;
    this.rpId = rpId;
    new SecureRandom().nextBytes(credentialId);
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      this.keys = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  String credentialId() {
    return B64.encodeToString(credentialId);
  }

  /** The answer to creation options as the server sent them. */
  public String register(JsonObject options) {
    userHandle = UNB64.decode(options.getJsonObject("user").getString("id"));
    byte[] clientData = clientData("webauthn.create", options.getString("challenge"), origin);
    AuthenticatorData<RegistrationExtensionAuthenticatorOutput> data =
        new AuthenticatorData<>(
            sha256(rpId.getBytes(StandardCharsets.UTF_8)),
            (byte) (UP | (userVerified ? UV : 0) | AT),
            signCount,
            new AttestedCredentialData(
                new AAGUID(new byte[16]),
                credentialId,
                EC2COSEKey.create((ECPublicKey) keys.getPublic(), COSEAlgorithmIdentifier.ES256)));
    AttestationObject attestation = new AttestationObject(data, new NoneAttestationStatement());
    byte[] attestationObject =
        new AttestationObjectConverter(new ObjectConverter()).convertToBytes(attestation);
    return credential(
        Json.createObjectBuilder()
            .add("clientDataJSON", B64.encodeToString(clientData))
            .add("attestationObject", B64.encodeToString(attestationObject))
            .add("transports", Json.createArrayBuilder().add("internal")));
  }

  /** The answer to request options, from {@code fromOrigin}, counting one more use. */
  String authenticate(JsonObject options, String fromOrigin) {
    signCount++;
    byte[] clientData = clientData("webauthn.get", options.getString("challenge"), fromOrigin);
    byte[] authenticatorData =
        ByteBuffer.allocate(37)
            .put(sha256(rpId.getBytes(StandardCharsets.UTF_8)))
            .put((byte) (UP | (userVerified ? UV : 0)))
            .putInt((int) signCount)
            .array();
    byte[] signed =
        ByteBuffer.allocate(authenticatorData.length + 32)
            .put(authenticatorData)
            .put(sha256(clientData))
            .array();
    byte[] signature;
    try {
      Signature ecdsa = Signature.getInstance("SHA256withECDSA");
      ecdsa.initSign(keys.getPrivate());
      ecdsa.update(signed);
      signature = ecdsa.sign();
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
    return credential(
        Json.createObjectBuilder()
            .add("clientDataJSON", B64.encodeToString(clientData))
            .add("authenticatorData", B64.encodeToString(authenticatorData))
            .add("signature", B64.encodeToString(signature))
            .add("userHandle", B64.encodeToString(userHandle)));
  }

  /** A PublicKeyCredential's JSON around {@code response}. */
  private String credential(JsonObjectBuilder response) {
    return Json.createObjectBuilder()
        .add("id", credentialId())
        .add("rawId", credentialId())
        .add("type", "public-key")
        .add("authenticatorAttachment", "platform")
        .add("clientExtensionResults", Json.createObjectBuilder())
        .add("response", response)
        .build()
        .toString();
  }

  public String authenticate(JsonObject options) {
    return authenticate(options, origin);
  }

  private static byte[] clientData(String type, String challenge, String origin) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("challenge", challenge)
        .add("origin", origin)
        .add("crossOrigin", false)
        .build()
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }
}
