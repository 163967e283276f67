/**
 * Passkeys on the identity API (`/api/auth/passkey/*`): signing in with one, which needs no session,
 * and a signed-in person's own passkeys. The ceremonies in between are the browser's (webauthn.js).
 */

import { request } from "./http.js";
import { signInResult, withSession } from "./auth-api.js";

const BASE = "api/auth/passkey";

/**
 * Options for a new passkey. Only a fresh session gets them (signed in, or a second factor proved, in
 * the last 15 minutes): an older one is an ApiError with the code SESSION_EXPIRED.
 */
export function registrationOptions() {
  return withSession((token) =>
    request("GET", `${BASE}/generate-register-options`, { bearer: token }),
  ).then(({ data }) => data);
}

/** Stores the passkey the authenticator made, under `name`; resolves to the stored passkey. */
export function register(response, name) {
  return withSession((token) =>
    request("POST", `${BASE}/verify-registration`, { bearer: token, body: { response, name } }),
  ).then(({ data }) => data);
}

/** Options for signing in: a challenge, and no list of passkeys (the browser offers the site's own). */
export function signInOptions() {
  return request("GET", `${BASE}/generate-authenticate-options`).then(({ data }) => data);
}

/**
 * Signs in with an assertion; no session travels, so the server opens a new one. Resolves to
 * {token, jwt, user} as a sign-in with the password does.
 */
export async function signIn(response) {
  const { data, headers } = await request("POST", `${BASE}/verify-authentication`, {
    body: { response },
  });
  return signInResult(data, headers);
}

/** The person's passkeys, oldest first: [{id, name, createdAt, lastUsedAt, ...}]. */
export function listPasskeys() {
  return withSession((token) =>
    request("GET", `${BASE}/list-user-passkeys`, { bearer: token }),
  ).then(({ data }) => data ?? []);
}

/** Renames one; resolves to the renamed passkey. An unknown one is PASSKEY_NOT_FOUND. */
export function renamePasskey(id, name) {
  return withSession((token) =>
    request("POST", `${BASE}/update-passkey`, { bearer: token, body: { id, name } }),
  ).then(({ data }) => data.passkey);
}

export function removePasskey(id) {
  return withSession((token) =>
    request("POST", `${BASE}/delete-passkey`, { bearer: token, body: { id } }),
  );
}
