/**
 * The browser's side of a passkey ceremony: WebAuthn options from the server's JSON, the credential back
 * to JSON, and what a refusal means in words. Browsers with `parse…OptionsFromJSON` and `toJSON()` do the
 * base64url work themselves; for the others it is done here.
 */

/** Whether this browser can make and use passkeys at all. */
export function passkeysSupported() {
  return typeof window.PublicKeyCredential === "function" && Boolean(navigator.credentials?.create);
}

/** Whether the browser offers passkeys in the email field's autofill (conditional mediation). */
export async function autofillSupported() {
  if (!passkeysSupported() || !PublicKeyCredential.isConditionalMediationAvailable) return false;
  try {
    return await PublicKeyCredential.isConditionalMediationAvailable();
  } catch {
    return false;
  }
}

/** Asks the authenticator for a new passkey; resolves to the credential as JSON for verify-registration. */
export async function createPasskey(optionsJson) {
  const publicKey = PublicKeyCredential.parseCreationOptionsFromJSON
    ? PublicKeyCredential.parseCreationOptionsFromJSON(optionsJson)
    : creationOptions(optionsJson);
  return credentialJson(await navigator.credentials.create({ publicKey }));
}

/**
 * Asks for an assertion with one of the site's passkeys; resolves to it as JSON for
 * verify-authentication. `conditional`: offered in the autofill of a field with `webauthn` in its
 * autocomplete, waiting until the person picks a passkey there; `signal` aborts the wait.
 */
export async function usePasskey(optionsJson, { conditional = false, signal } = {}) {
  const publicKey = PublicKeyCredential.parseRequestOptionsFromJSON
    ? PublicKeyCredential.parseRequestOptionsFromJSON(optionsJson)
    : requestOptions(optionsJson);
  const credential = await navigator.credentials.get({
    publicKey,
    signal,
    ...(conditional ? { mediation: "conditional" } : {}),
  });
  return credentialJson(credential);
}

/** True for the refusal of an abort the page asked for itself (nothing to say to the person). */
export function wasAborted(error) {
  return error?.name === "AbortError";
}

/** Words for a ceremony the browser or the authenticator refused; `making` when creating a passkey. */
export function ceremonyFailure(error, { making }) {
  switch (error?.name) {
    case "NotAllowedError":
      return making
        ? "No passkey was made: it was cancelled, it took too long, or your device did not confirm it was you."
        : "No passkey was used: it was cancelled, it took too long, or your device did not confirm it was you. Try again, or use your password.";
    case "InvalidStateError":
      return "This device already keeps a passkey for your account. Use that one, or add one on another device.";
    case "NotSupportedError":
      return "This device cannot make a passkey that checks your screen lock (PIN, fingerprint or face), which taskguard needs.";
    case "SecurityError":
      return "This browser does not allow passkeys for this address.";
    default:
      return null;
  }
}

function creationOptions(json) {
  return {
    ...json,
    challenge: bytes(json.challenge),
    user: { ...json.user, id: bytes(json.user.id) },
    excludeCredentials: (json.excludeCredentials ?? []).map((c) => ({ ...c, id: bytes(c.id) })),
  };
}

function requestOptions(json) {
  return {
    ...json,
    challenge: bytes(json.challenge),
    allowCredentials: (json.allowCredentials ?? []).map((c) => ({ ...c, id: bytes(c.id) })),
  };
}

/** The credential as WebAuthn's JSON form (what `toJSON()` gives where the browser has it). */
function credentialJson(credential) {
  if (typeof credential.toJSON === "function") return credential.toJSON();
  const response = credential.response;
  const json = { clientDataJSON: base64url(response.clientDataJSON) };
  if (response.attestationObject) {
    json.attestationObject = base64url(response.attestationObject);
    json.transports = response.getTransports?.() ?? [];
  } else {
    json.authenticatorData = base64url(response.authenticatorData);
    json.signature = base64url(response.signature);
    if (response.userHandle) json.userHandle = base64url(response.userHandle);
  }
  return {
    id: credential.id,
    rawId: base64url(credential.rawId),
    type: credential.type,
    authenticatorAttachment: credential.authenticatorAttachment ?? undefined,
    clientExtensionResults: credential.getClientExtensionResults(),
    response: json,
  };
}

function bytes(text) {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
  return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
}

function base64url(buffer) {
  let text = "";
  for (const byte of new Uint8Array(buffer)) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
