/**
 * The identity API (`/api/auth/*`, camelCase JSON), as the pages use it. Every call goes with the
 * browser's cookies and no Authorization header: the server's HttpOnly session cookie is the session.
 */

import { ApiError, SessionEndedError, request } from "./http.js";
import { isSignedIn } from "./credentials.js";

/** One accounts API request: the cookies travel both ways, so answers can set and clear the session. */
export function authRequest(method, path, options = {}) {
  return request(method, path, { ...options, cookies: true });
}

/** Creates an account and signs in. Resolves to {jwt, user}. */
export async function signUp({ name, email, password }) {
  const { data, headers } = await authRequest("POST", "api/auth/sign-up/email", {
    body: { email, password, name },
  });
  return signInResult(data, headers);
}

/**
 * Signs in. Resolves to {jwt, user}, or, for an account with two-factor on, to {twoFactor: methods}:
 * the server then holds a challenge in its cookie until a code answers it. A trusted device's cookie
 * skips the challenge. With `rememberMe` false the session cookie ends with the browser.
 */
export async function signIn({ email, password, rememberMe = true }) {
  const body = rememberMe ? { email, password } : { email, password, rememberMe: false };
  const { data, headers } = await authRequest("POST", "api/auth/sign-in/email", { body });
  if (data?.twoFactorRedirect) return { twoFactor: data.twoFactorMethods ?? ["totp"] };
  return signInResult(data, headers);
}

/** What an answer that opens a session carries for the page: a first JWT and the user (the session is the cookie). */
export function signInResult(data, headers) {
  return { jwt: headers.get("set-auth-jwt"), user: data?.user ?? null };
}

/**
 * Asks the server whether the browser's session cookie names a live session. Resolves to {user, jwt}, or
 * null when nobody is signed in; a failure to reach the server rejects.
 */
export async function currentSession() {
  try {
    const { data, headers } = await authRequest("GET", "api/auth/get-session");
    if (!data?.user) return null;
    return { user: data.user, jwt: headers.get("set-auth-jwt") };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** Trades the session for a fresh access JWT; SessionEndedError when the session is gone. */
export function fetchAccessToken() {
  return withSession(() => authRequest("GET", "api/auth/token")).then(({ data }) => data.token);
}

/** Ends the current session on the server, which clears the cookie. */
export function signOut() {
  return authRequest("POST", "api/auth/sign-out");
}

export function listSessions() {
  return withSession(() => authRequest("GET", "api/auth/list-sessions")).then(({ data }) => data ?? []);
}

export function revokeSession(id) {
  return withSession(() => authRequest("POST", "api/auth/revoke-session", { body: { id } }));
}

export function revokeOtherSessions() {
  return withSession(() => authRequest("POST", "api/auth/revoke-other-sessions"));
}

/** Runs a call on the session; no session known in this tab, or a 401, means the session has ended. */
export async function withSession(call) {
  if (!isSignedIn()) throw new SessionEndedError();
  try {
    return await call();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) throw new SessionEndedError();
    throw error;
  }
}

/** Asks for a password-reset link; the answer is the same whether or not the email has an account. */
export function requestPasswordReset(email) {
  return authRequest("POST", "api/auth/request-password-reset", { body: { email } });
}

/** Sets a new password with the token of a reset link; resolves to {email} of the account. */
export function resetPassword(token, newPassword) {
  return authRequest("POST", "api/auth/reset-password", { body: { token, newPassword } }).then(
    ({ data }) => ({ email: typeof data?.email === "string" ? data.email : "" }),
  );
}

/** The signed-in person as the server knows them now (name, email, whether it is confirmed). */
export function fetchCurrentUser() {
  return withSession(() => authRequest("GET", "api/auth/get-session")).then(({ data }) => {
    if (!data) throw new SessionEndedError();
    return data.user;
  });
}

/**
 * Asks for a new link that confirms the signed-in person's email. Resolves to the server's answer:
 * `mailed` false (with `retryAfter`, seconds) when the account's mail limit held the link back.
 */
export function sendVerificationEmail(email) {
  return withSession(() =>
    authRequest("POST", "api/auth/send-verification-email", { body: { email } }),
  ).then(({ data }) => data);
}

export function updateName(name) {
  return withSession(() => authRequest("POST", "api/auth/update-user", { body: { name } }));
}

export function changeEmail(newEmail) {
  return withSession(() => authRequest("POST", "api/auth/change-email", { body: { newEmail } }));
}

/** Changes the password; a wrong current password is an ApiError (INVALID_PASSWORD), not an ended session. */
export function changePassword(currentPassword, newPassword, revokeOtherSessions) {
  return withSession(() =>
    authRequest("POST", "api/auth/change-password", {
      body: { currentPassword, newPassword, revokeOtherSessions },
    }),
  );
}

/** The move to a new address that waits for its link ({newEmail, requestedAt, expiresAt}), or null. */
export function pendingEmailChange() {
  return withSession(() => authRequest("GET", "api/auth/email-change")).then(
    ({ data }) => data?.pending ?? null,
  );
}

/** Withdraws the pending move to a new address: its links stop working. */
export function cancelEmailChange() {
  return withSession(() => authRequest("POST", "api/auth/email-change/cancel"));
}

export function deleteAccount(password) {
  return withSession(() => authRequest("POST", "api/auth/delete-user", { body: { password } }));
}
