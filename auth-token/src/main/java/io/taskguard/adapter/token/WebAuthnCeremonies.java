package io.taskguard.adapter.token;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.data.extension.authenticator.AuthenticationExtensionsAuthenticatorOutputs;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.exception.MaliciousCounterValueException;
import io.taskguard.application.config.PasskeySettings;
import io.taskguard.application.port.out.PasskeyCeremonies;
import io.taskguard.domain.user.IdentityFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * WebAuthn ceremonies with webauthn4j: attestation {@code none} (the server trusts the account's
 * session, not the authenticator's make), ES256 and RS256 keys, user presence and user verification
 * required. The stored credential is the attested credential data (id, AAGUID, public key) in
 * webauthn4j's binary form.
 */
@ApplicationScoped
public class WebAuthnCeremonies implements PasskeyCeremonies {

  private static final List<PublicKeyCredentialParameters> ALGORITHMS =
      List.of(
          new PublicKeyCredentialParameters(
              PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.ES256),
          new PublicKeyCredentialParameters(
              PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.RS256));

  private final WebAuthnManager manager = WebAuthnManager.createNonStrictWebAuthnManager();
  private final AttestedCredentialDataConverter credentials =
      new AttestedCredentialDataConverter(new ObjectConverter());

  @Override
  public byte[] challengeOf(String responseJson, boolean registration) {
    try {
      return registration
          ? manager
              .parseRegistrationResponseJSON(responseJson)
              .getCollectedClientData()
              .getChallenge()
              .getValue()
          : manager
              .parseAuthenticationResponseJSON(responseJson)
              .getCollectedClientData()
              .getChallenge()
              .getValue();
    } catch (RuntimeException unreadable) {
      throw new IdentityFailure.PasskeyRefused(registration);
    }
  }

  @Override
  public byte[] credentialIdOf(String responseJson) {
    try {
      return manager.parseAuthenticationResponseJSON(responseJson).getCredentialId();
    } catch (RuntimeException unreadable) {
      throw new IdentityFailure.PasskeyRefused(false);
    }
  }

  @Override
  public NewCredential verifyRegistration(
      String responseJson, byte[] challenge, PasskeySettings rp) {
    RegistrationData data;
    try {
      data =
          manager.verifyRegistrationResponseJSON(
              responseJson,
              new RegistrationParameters(server(rp, challenge), ALGORITHMS, true, true));
    } catch (RuntimeException refused) {
      throw new IdentityFailure.PasskeyRefused(true);
    }
    AuthenticatorData<?> authenticator = data.getAttestationObject().getAuthenticatorData();
    AttestedCredentialData credential = authenticator.getAttestedCredentialData();
    Set<AuthenticatorTransport> transports = data.getTransports();
    return new NewCredential(
        credential.getCredentialId(),
        credentials.convert(credential),
        authenticator.getSignCount(),
        credential.getAaguid().toString(),
        authenticator.isFlagBS(),
        authenticator.isFlagBE(),
        transports == null
            ? List.of()
            : transports.stream().map(AuthenticatorTransport::getValue).sorted().toList());
  }

  @Override
  public long verifyAuthentication(
      String responseJson,
      byte[] challenge,
      byte[] credential,
      long signCount,
      PasskeySettings rp) {
    AttestedCredentialData attested = credentials.convert(credential);
    CredentialRecordImpl record =
        new CredentialRecordImpl(
            new NoneAttestationStatement(),
            null,
            null,
            null,
            signCount,
            attested,
            new AuthenticationExtensionsAuthenticatorOutputs<>(),
            null,
            null,
            null);
    AuthenticationData data;
    try {
      data =
          manager.verifyAuthenticationResponseJSON(
              responseJson,
              new AuthenticationParameters(
                  server(rp, challenge), record, List.of(attested.getCredentialId()), true, true));
    } catch (MaliciousCounterValueException cloned) {
      throw new IdentityFailure.PasskeyCounterWentBack();
    } catch (RuntimeException refused) {
      throw new IdentityFailure.PasskeyRefused(false);
    }
    return data.getAuthenticatorData().getSignCount();
  }

  private static ServerProperty server(PasskeySettings rp, byte[] challenge) {
    Set<Origin> origins = rp.origins().stream().map(Origin::new).collect(Collectors.toSet());
    return new ServerProperty(origins, rp.rpId(), new DefaultChallenge(challenge));
  }
}
