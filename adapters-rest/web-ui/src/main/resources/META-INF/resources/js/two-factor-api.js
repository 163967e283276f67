/**
 * Two-factor sign-in on the identity API (`/api/auth/two-factor/*`): answering a sign-in's challenge,
 * which travels in an HttpOnly cookie and needs no session, and a signed-in person's own settings.
 */

import { ApiError, SessionEndedError, request } from "./http.js";
import { authRequest, signInResult, withSession } from "./auth-api.js";
import { isSignedIn } from "./credentials.js";

const BASE = "api/auth/two-factor";

/** The paths that answer a challenge with a code of each kind. */
const ANSWERS = { totp: "verify-totp", backup: "verify-backup-code", otp: "verify-otp" };

/**
 * Answers the sign-in challenge with a code of `kind` ("totp", "backup" or "otp"). Resolves to
 * {jwt, user} as a sign-in does (the session is the cookie the answer sets); with `trustDevice` the
 * server also sets its trust cookie.
 */
export async function answerChallenge(kind, code, trustDevice) {
  const { data, headers } = await authRequest("POST", `${BASE}/${ANSWERS[kind]}`, {
    body: { code, trustDevice },
  });
  return signInResult(data, headers);
}

/** Mails a code that answers the sign-in challenge (verify-otp), replacing any code mailed before. */
export function mailChallengeCode() {
  return authRequest("POST", `${BASE}/send-otp`, { body: {} });
}

/** Starts an enrolment: resolves to {totpURI, totpQRCode, backupCodes}; nothing changes until confirmed. */
export function enable(password) {
  return withSession(() =>
    authRequest("POST", `${BASE}/enable`, { body: { password } }),
  ).then(({ data }) => data);
}

/**
 * Confirms an enrolment with a first code of the new secret. The server then replaces the session:
 * resolves to the new {jwt, user}, its cookie set. A wrong code is an ApiError (INVALID_CODE); any other 401
 * means the session is gone (the server then looked for a sign-in challenge instead).
 */
export async function confirmEnrolment(code) {
  if (!isSignedIn()) throw new SessionEndedError();
  try {
    const { data, headers } = await authRequest("POST", `${BASE}/verify-totp`, { body: { code } });
    return signInResult(data, headers);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401 && error.code !== "INVALID_CODE") {
      throw new SessionEndedError();
    }
    throw error;
  }
}

/**
 * Proves a code of the app on the current session (a step-up): the server answers the same session
 * with a new JWT, and for 15 minutes it counts as fresh (adding a passkey, two-factor changes without
 * the password). Resolves to {jwt, user}; errors as for confirmEnrolment.
 */
export function confirmWithCode(code) {
  return confirmEnrolment(code);
}

/** New backup codes in place of the old ones, which stop working at once. Resolves to the codes. */
export function generateBackupCodes(password) {
  return withSession(() =>
    authRequest("POST", `${BASE}/generate-backup-codes`, { body: { password } }),
  ).then(({ data }) => data.backupCodes);
}

/**
 * Turns two-factor off. The server replaces the session and clears the trust cookie (so the cookies
 * travel): resolves to the new session's {jwt}.
 */
export function disable(password) {
  return withSession(() => authRequest("POST", `${BASE}/disable`, { body: { password } })).then(
    ({ headers }) => ({ jwt: headers.get("set-auth-jwt") }),
  );
}

/** The devices trusted to skip the code: [{id, createdAt, lastUsedAt, expiresAt, ipAddress, userAgent}]. */
export function listTrustedDevices() {
  return withSession(() =>
    authRequest("GET", `${BASE}/list-trusted-devices`),
  ).then(({ data }) => data ?? []);
}

export function forgetTrustedDevice(id) {
  return withSession(() =>
    authRequest("POST", `${BASE}/revoke-trusted-device`, { body: { id } }),
  );
}
