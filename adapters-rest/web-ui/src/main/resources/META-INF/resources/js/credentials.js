/**
 * Who is signed in, and with what.
 *
 * The session token is the long-lived credential: it is kept in sessionStorage, so it survives a reload of
 * this tab but not the tab itself, and never reaches localStorage. The access JWT is short-lived and is
 * kept only in this module's memory: a reload simply fetches a new one.
 */

const SESSION_KEY = "taskguard.session";

/** Dispatched on document whenever the signed-in user becomes known or is forgotten. */
export const USER_CHANGED_EVENT = "taskguard:user-changed";

let accessToken = null;
let user = null;

/** The session token, or null when nobody is signed in. */
export function sessionToken() {
  try {
    return window.sessionStorage.getItem(SESSION_KEY);
  } catch {
    return null;
  }
}

export function isSignedIn() {
  return sessionToken() !== null;
}

/** Remembers a fresh sign-in: the session token, the access JWT (when the server sent one) and the user. */
export function signedIn({ token, jwt, signedInUser }) {
  window.sessionStorage.setItem(SESSION_KEY, token);
  accessToken = jwt || null;
  setUser(signedInUser || null);
}

/** The access JWT held in memory, or null when a new one must be fetched. */
export function currentAccessToken() {
  return accessToken;
}

/**
 * Replaces the access JWT in memory. The task API client calls it after renewing the token; the browser
 * tests call it to stand in for a token that has expired.
 */
export function setAccessToken(jwt) {
  accessToken = jwt || null;
}

/** The signed-in user ({id, name, email, emailVerified}), or null until it is known. */
export function currentUser() {
  return user;
}

export function setUser(value) {
  user = value;
  document.dispatchEvent(new CustomEvent(USER_CHANGED_EVENT));
}

/** Forgets everything about the session in this tab. */
export function forget() {
  accessToken = null;
  setUser(null);
  try {
    window.sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // storage unavailable: nothing was stored either
  }
}

/** The user a JWT was issued to, read from its claims (the signature is the server's business). */
export function userFromJwt(jwt) {
  try {
    const payload = jwt.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const padded = payload + "=".repeat((4 - (payload.length % 4)) % 4);
    const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes));
    if (!claims.sub) return null;
    const user = { id: claims.sub, name: claims.name ?? "", email: claims.email ?? "" };
    if (typeof claims.emailVerified === "boolean") user.emailVerified = claims.emailVerified;
    return user;
  } catch {
    return null;
  }
}
