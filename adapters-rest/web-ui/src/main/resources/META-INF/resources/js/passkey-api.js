/**
 * Passkeys on the identity API (`/api/auth/passkey/*`): signing in with one, which needs no session,
 * and a signed-in person's own passkeys. The ceremonies in between are the browser's (webauthn.js).
 */

import { authRequest, signInResult, withSession } from "./auth-api.js";

const BASE = "api/auth/passkey";

/**
 * Options for a new passkey. Only a fresh session gets them (signed in, or a second factor proved, in
 * the last 15 minutes): an older one is an ApiError with the code SESSION_EXPIRED.
 */
export function registrationOptions() {
  return withSession(() =>
    authRequest("GET", `${BASE}/generate-register-options`),
  ).then(({ data }) => data);
}

/** Stores the passkey the authenticator made, under `name`; resolves to the stored passkey. */
export function register(response, name) {
  return withSession(() =>
    authRequest("POST", `${BASE}/verify-registration`, { body: { response, name } }),
  ).then(({ data }) => data);
}

/** Options for signing in: a challenge, and no list of passkeys (the browser offers the site's own). */
export function signInOptions() {
  return authRequest("GET", `${BASE}/generate-authenticate-options`).then(({ data }) => data);
}

/**
 * Signs in with an assertion; the server opens a new session and sets its cookie. Resolves to
 * {jwt, user} as a sign-in with the password does.
 */
export async function signIn(response) {
  const { data, headers } = await authRequest("POST", `${BASE}/verify-authentication`, {
    body: { response },
  });
  return signInResult(data, headers);
}

/** The person's passkeys, oldest first: [{id, name, createdAt, lastUsedAt, ...}]. */
export function listPasskeys() {
  return withSession(() =>
    authRequest("GET", `${BASE}/list-user-passkeys`),
  ).then(({ data }) => data ?? []);
}

/** Renames one; resolves to the renamed passkey. An unknown one is PASSKEY_NOT_FOUND. */
export function renamePasskey(id, name) {
  return withSession(() =>
    authRequest("POST", `${BASE}/update-passkey`, { body: { id, name } }),
  ).then(({ data }) => data.passkey);
}

export function removePasskey(id) {
  return withSession(() =>
    authRequest("POST", `${BASE}/delete-passkey`, { body: { id } }),
  );
}
