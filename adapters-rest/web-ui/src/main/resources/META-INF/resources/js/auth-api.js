/** The identity API (`/api/auth/*`, camelCase JSON), as the pages use it. */

import { ApiError, SessionEndedError, request } from "./http.js";
import { sessionToken } from "./credentials.js";

/** Creates an account and signs in. Resolves to {token, jwt, user}. */
export async function signUp({ name, email, password }) {
  const { data, headers } = await request("POST", "api/auth/sign-up/email", {
    body: { email, password, name },
  });
  return signInResult(data, headers);
}

/**
 * Signs in. Resolves to {token, jwt, user}, or, for an account with two-factor on, to {twoFactor:
 * methods}: the server then holds a challenge in its cookie until a code answers it. The cookies
 * travel so that a trusted device's cookie skips the challenge.
 */
export async function signIn({ email, password }) {
  const { data, headers } = await request("POST", "api/auth/sign-in/email", {
    body: { email, password },
    cookies: true,
  });
  if (data?.twoFactorRedirect) return { twoFactor: data.twoFactorMethods ?? ["totp"] };
  return signInResult(data, headers);
}

/** What an answer that opens a session carries: the session token, a first JWT and the user. */
export function signInResult(data, headers) {
  return {
    token: headers.get("set-auth-token") || data.token,
    jwt: headers.get("set-auth-jwt"),
    user: data.user,
  };
}

/** Trades the session token for a fresh access JWT; SessionEndedError when the session is gone. */
export function fetchAccessToken() {
  return withSession((token) => request("GET", "api/auth/token", { bearer: token })).then(
    ({ data }) => data.token,
  );
}

/** Ends the current session on the server. */
export function signOut(token) {
  return request("POST", "api/auth/sign-out", { bearer: token });
}

export function listSessions() {
  return withSession((token) => request("GET", "api/auth/list-sessions", { bearer: token })).then(
    ({ data }) => data ?? [],
  );
}

export function revokeSession(id) {
  return withSession((token) =>
    request("POST", "api/auth/revoke-session", { bearer: token, body: { id } }),
  );
}

export function revokeOtherSessions() {
  return withSession((token) =>
    request("POST", "api/auth/revoke-other-sessions", { bearer: token }),
  );
}

/** Runs a call with the session token; a missing token or a 401 means the session has ended. */
export async function withSession(call) {
  const token = sessionToken();
  if (!token) throw new SessionEndedError();
  try {
    return await call(token);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) throw new SessionEndedError();
    throw error;
  }
}

/** Asks for a password-reset link; the answer is the same whether or not the email has an account. */
export function requestPasswordReset(email) {
  return request("POST", "api/auth/request-password-reset", { body: { email } });
}

/** Sets a new password with the token of a reset link. */
export function resetPassword(token, newPassword) {
  return request("POST", "api/auth/reset-password", { body: { token, newPassword } });
}

/** The signed-in person as the server knows them now (name, email, whether it is confirmed). */
export function fetchCurrentUser() {
  return withSession((token) => request("GET", "api/auth/get-session", { bearer: token })).then(
    ({ data }) => {
      if (!data) throw new SessionEndedError();
      return data.user;
    },
  );
}

/** Mails a new link that confirms the signed-in person's email. */
export function sendVerificationEmail(email) {
  return withSession((token) =>
    request("POST", "api/auth/send-verification-email", { bearer: token, body: { email } }),
  );
}

export function updateName(name) {
  return withSession((token) =>
    request("POST", "api/auth/update-user", { bearer: token, body: { name } }),
  );
}

export function changeEmail(newEmail) {
  return withSession((token) =>
    request("POST", "api/auth/change-email", { bearer: token, body: { newEmail } }),
  );
}

/** Changes the password; a wrong current password is an ApiError (INVALID_PASSWORD), not an ended session. */
export function changePassword(currentPassword, newPassword, revokeOtherSessions) {
  return withSession((token) =>
    request("POST", "api/auth/change-password", {
      bearer: token,
      body: { currentPassword, newPassword, revokeOtherSessions },
    }),
  );
}

export function deleteAccount(password) {
  return withSession((token) =>
    request("POST", "api/auth/delete-user", { bearer: token, body: { password } }),
  );
}
