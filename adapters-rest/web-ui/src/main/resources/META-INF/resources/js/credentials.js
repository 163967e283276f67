/**
 * Who is signed in, and with what.
 *
 * The session itself is the server's HttpOnly cookie: no script of the page can read it, and every tab of
 * the browser shares it. This module only remembers what the tab has learnt about it: whether someone is
 * signed in, who, and the short-lived access JWT for the task API, all in memory (a reload asks the server
 * again).
 */

/** Dispatched on document whenever the signed-in user becomes known or is forgotten. */
export const USER_CHANGED_EVENT = "taskguard:user-changed";

let signedInHere = false;
let accessToken = null;
let user = null;

/** Whether this tab knows of a session (from a sign-in or the server's get-session answer). */
export function isSignedIn() {
  return signedInHere;
}

/** Remembers a session: the access JWT (when the server sent one) and the user, if known. */
export function signedIn({ jwt, signedInUser }) {
  signedInHere = true;
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

/** Forgets everything about the session in this tab (the cookie is the server's to clear). */
export function forget() {
  signedInHere = false;
  accessToken = null;
  setUser(null);
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
