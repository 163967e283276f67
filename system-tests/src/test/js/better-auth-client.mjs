// The real Better Auth JS client, unchanged, in bearer mode with its jwtClient plugin, driven against a
// taskguard server: sign-up, sign-in, get-session, token, JWKS, sign-out. The JWTs it receives are then
// verified by jose through the server's discovery document, as any other service would verify them.
//
// Then the account lifecycle with the client's own methods (sendVerificationEmail, verifyEmail, updateUser,
// changePassword, requestPasswordReset, resetPassword, changeEmail, deleteUser), reading each mailed link
// from the test's mailbox (MAILBOX_URL: GET ?to=ADDRESS&subject=TEXT answers the newest such mail's link).
//
// Usage: BASE_URL=http://localhost:9080 MAILBOX_URL=http://127.0.0.1:PORT/ [CLIENT_ADDRESS=2001:db8::1] [AUDIENCE=taskguard] node better-auth-client.mjs
// Prints one JSON summary line on stdout; exits 0 only when every check passed.

import { createAuthClient } from "better-auth/client";
import { jwtClient } from "better-auth/client/plugins";
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { randomUUID } from "node:crypto";

const BASE_URL = (process.env.BASE_URL ?? "").replace(/\/+$/, "");
const AUDIENCE = process.env.AUDIENCE ?? "taskguard";
// The test server trusts X-Forwarded-For, so this run's sign-ins have a client address of their own.
const CLIENT_ADDRESS = process.env.CLIENT_ADDRESS;
const MAILBOX_URL = process.env.MAILBOX_URL;

const checks = [];
const summary = { ok: false, baseURL: BASE_URL, checks };

function check(name, condition, detail) {
  checks.push({ name, ok: Boolean(condition), ...(condition ? {} : { detail }) });
  if (!condition) {
    throw new Error(`check failed: ${name}: ${JSON.stringify(detail)}`);
  }
}

// What the client's fetch hooks saw: the bearer plugin's headers, captured as a Better Auth app does.
let currentToken;
let lastJwt;

const authClient = createAuthClient({
  baseURL: BASE_URL,
  plugins: [jwtClient()],
  fetchOptions: {
    auth: { type: "Bearer", token: () => currentToken },
    ...(CLIENT_ADDRESS ? { headers: { "X-Forwarded-For": CLIENT_ADDRESS } } : {}),
    onSuccess: (ctx) => {
      const sessionToken = ctx.response.headers.get("set-auth-token");
      if (sessionToken) {
        currentToken = sessionToken;
      }
      const jwt = ctx.response.headers.get("set-auth-jwt");
      if (jwt) {
        lastJwt = jwt;
      }
    },
  },
});

async function taskListStatus(userId, jwt) {
  const response = await fetch(`${BASE_URL}/api/users/${encodeURIComponent(userId)}/tasks`, {
    headers: { Authorization: `Bearer ${jwt}` },
  });
  return response.status;
}

async function run() {
  check("BASE_URL is set", BASE_URL.startsWith("http"), BASE_URL);

  const discoveryResponse = await fetch(`${BASE_URL}/.well-known/openid-configuration`);
  check("discovery document answers 200", discoveryResponse.status === 200, discoveryResponse.status);
  const discovery = await discoveryResponse.json();
  check("discovery names jwks_uri", typeof discovery.jwks_uri === "string", discovery);
  const jwks = createRemoteJWKSet(new URL(discovery.jwks_uri));
  const verify = (jwt) => jwtVerify(jwt, jwks, { issuer: discovery.issuer, audience: AUDIENCE, algorithms: ["RS256"] });

  const email = `better-auth-${randomUUID()}@example.test`;
  const password = `correct horse battery ${randomUUID()}`;
  const name = "Better Auth Client";

  const weak = await authClient.signUp.email({ email, password: "short", name });
  check("a weak password surfaces as error.code", weak.error?.code === "PASSWORD_TOO_SHORT" && weak.error?.status === 400, weak.error);

  const signUp = await authClient.signUp.email({ email, password, name });
  check("signUp.email succeeds", signUp.error === null && signUp.data?.user?.email === email, signUp.error ?? signUp.data);
  check("signUp.email answers the session token", typeof signUp.data.token === "string" && signUp.data.token === currentToken, { token: signUp.data.token, currentToken });
  check("signUp.email sends set-auth-jwt", typeof lastJwt === "string" && lastJwt.split(".").length === 3, lastJwt);
  const userId = signUp.data.user.id;
  const signUpToken = currentToken;

  const duplicate = await authClient.signUp.email({ email: email.toUpperCase(), password, name });
  check("a duplicate email surfaces as 422", duplicate.error?.status === 422 && duplicate.error?.code === "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL", duplicate.error);

  const wrong = await authClient.signIn.email({ email, password: `${password}!` });
  check("a wrong password surfaces as 401", wrong.error?.status === 401 && wrong.error?.code === "INVALID_EMAIL_OR_PASSWORD", wrong.error);

  const signIn = await authClient.signIn.email({ email, password });
  check("signIn.email succeeds", signIn.error === null && signIn.data?.redirect === false && signIn.data?.user?.id === userId, signIn.error ?? signIn.data);
  check("signIn.email starts a new session", signIn.data.token === currentToken && currentToken !== signUpToken, { token: signIn.data.token });

  const session = await authClient.getSession();
  check("getSession answers session and user", session.error === null && session.data?.user?.id === userId && session.data?.session?.token === currentToken, session.error ?? session.data);
  const sessionJwt = lastJwt;

  const token = await authClient.token();
  check("token() answers a JWT", token.error === null && typeof token.data?.token === "string", token.error ?? token.data);
  const jwt = token.data.token;

  const keySet = await authClient.jwks();
  check("jwks() lists RSA keys", keySet.error === null && keySet.data?.keys?.length > 0 && keySet.data.keys.every((k) => k.kty === "RSA" && !("d" in k)), keySet.error ?? keySet.data);

  const header = decodeProtectedHeader(jwt);
  check("JWT header is RS256 with kid and typ", header.alg === "RS256" && typeof header.kid === "string" && header.typ === "JWT", header);
  const { payload } = await verify(jwt);
  check("jose verifies the JWT through the discovery document", payload.sub === userId && payload.sid === session.data.session.id, payload);
  check("JWT carries the user", payload.email === email && payload.name === name && payload.id === userId && payload.emailVerified === false, payload);
  check("JWT lives 15 minutes", payload.exp - payload.iat === 900, payload);
  await verify(sessionJwt);
  check("the get-session JWT verifies too", true);
  check("the JWT opens the task API", (await taskListStatus(userId, jwt)) === 200);

  const signOut = await authClient.signOut();
  check("signOut succeeds", signOut.error === null && signOut.data?.success === true, signOut.error ?? signOut.data);

  const after = await authClient.getSession();
  check("getSession is null after sign-out", after.error === null && after.data === null, after.error ?? after.data);
  const refused = await authClient.token();
  check("token() fails after sign-out", refused.data === null && refused.error?.status === 401 && refused.error?.code === "UNAUTHORIZED", refused.error ?? refused.data);
  check("the signed-out session's JWT is refused by the task API", (await taskListStatus(userId, jwt)) === 401);

  summary.userId = userId;
  summary.kid = header.kid;
  await lifecycle(verify);
  summary.ok = true;
}

/** The newest mailed link to `to` whose subject contains `subject` (waits for it). */
async function mailedLink(to, subject) {
  const response = await fetch(`${MAILBOX_URL}?to=${encodeURIComponent(to)}&subject=${encodeURIComponent(subject)}`);
  check(`a mail "${subject}" reaches ${to.split("-")[0]}…`, response.status === 200, response.status);
  return new URL(await response.text());
}

async function lifecycle(verify) {
  check("MAILBOX_URL is set", typeof MAILBOX_URL === "string" && MAILBOX_URL.startsWith("http"), MAILBOX_URL);
  const email = `lifecycle-${randomUUID()}@example.test`;
  let password = `correct horse battery ${randomUUID()}`;
  const signUp = await authClient.signUp.email({ email, password, name: "Lifecycle" });
  check("signUp.email succeeds for the lifecycle account", signUp.error === null, signUp.error);
  const firstSession = currentToken;

  const resend = await authClient.sendVerificationEmail({ email, callbackURL: "/verified" });
  check("sendVerificationEmail succeeds", resend.error === null && resend.data?.status === true, resend.error ?? resend.data);
  const verifyLink = await mailedLink(email, "Verify your taskguard email");
  check("the verification link carries the callbackURL", verifyLink.searchParams.get("callbackURL") === "/verified", verifyLink.href);
  const verified = await authClient.verifyEmail({ query: { token: verifyLink.searchParams.get("token") } });
  check("verifyEmail succeeds", verified.error === null && verified.data?.status === true, verified.error ?? verified.data);
  const again = await authClient.verifyEmail({ query: { token: verifyLink.searchParams.get("token") } });
  check("a used verification token surfaces as 401 INVALID_TOKEN", again.error?.status === 401 && again.error?.code === "INVALID_TOKEN", again.error);
  const afterVerify = await authClient.getSession();
  check("getSession shows the email verified", afterVerify.data?.user?.emailVerified === true, afterVerify.data);

  const updated = await authClient.updateUser({ name: "Lifecycle Renamed" });
  check("updateUser succeeds", updated.error === null && updated.data?.status === true, updated.error ?? updated.data);
  const emailField = await authClient.updateUser({ email: "someone-else@example.test" });
  check("updateUser with an email surfaces as 400 EMAIL_CAN_NOT_BE_UPDATED", emailField.error?.status === 400 && emailField.error?.code === "EMAIL_CAN_NOT_BE_UPDATED", emailField.error);
  const renamed = await authClient.getSession();
  check("getSession shows the new name", renamed.data?.user?.name === "Lifecycle Renamed", renamed.data);

  const wrongCurrent = await authClient.changePassword({ currentPassword: `${password}!`, newPassword: `${password}?` });
  check("a wrong current password surfaces as 400 INVALID_PASSWORD", wrongCurrent.error?.status === 400 && wrongCurrent.error?.code === "INVALID_PASSWORD", wrongCurrent.error);
  const changed = await authClient.changePassword({ currentPassword: password, newPassword: `${password}?`, revokeOtherSessions: true });
  password = `${password}?`;
  check("changePassword succeeds", changed.error === null && changed.data?.user?.email === email, changed.error ?? changed.data);
  check("changePassword keeps the caller's session token", changed.data.token === firstSession && currentToken === firstSession, changed.data);

  const reset = await authClient.requestPasswordReset({ email, redirectTo: "/reset" });
  check("requestPasswordReset succeeds", reset.error === null && reset.data?.status === true, reset.error ?? reset.data);
  const resetLink = await mailedLink(email, "Reset your taskguard password");
  const resetToken = resetLink.pathname.split("/").pop();
  check("the reset link carries the redirectTo", resetLink.searchParams.get("callbackURL") === "/reset", resetLink.href);
  const badReset = await authClient.resetPassword({ newPassword: `${password}#`, token: "not-a-token" });
  check("a bad reset token surfaces as 400 INVALID_TOKEN", badReset.error?.status === 400 && badReset.error?.code === "INVALID_TOKEN", badReset.error);
  const didReset = await authClient.resetPassword({ newPassword: `${password}#`, token: resetToken });
  password = `${password}#`;
  check("resetPassword succeeds", didReset.error === null && didReset.data?.status === true, didReset.error ?? didReset.data);
  const ended = await authClient.getSession();
  check("the reset ended the session", ended.error === null && ended.data === null, ended.data);
  const signIn = await authClient.signIn.email({ email, password });
  check("signIn.email works with the reset password", signIn.error === null, signIn.error);

  const moved = `moved-${randomUUID()}@example.test`;
  const change = await authClient.changeEmail({ newEmail: moved });
  check("changeEmail succeeds", change.error === null && change.data?.status === true, change.error ?? change.data);
  const changeLink = await mailedLink(moved, "Confirm your new taskguard email");
  const switched = await authClient.verifyEmail({ query: { token: changeLink.searchParams.get("token") } });
  check("verifyEmail of the change answers the user at the new address", switched.error === null && switched.data?.user?.email === moved && switched.data.user.emailVerified === true, switched.error ?? switched.data);
  const jwt = (await authClient.token()).data?.token;
  const { payload } = await verify(jwt);
  check("a new JWT carries the new email", payload.email === moved, payload);

  const wrongDelete = await authClient.deleteUser({ password: `${password}!` });
  check("deleteUser with a wrong password surfaces as 400 INVALID_PASSWORD", wrongDelete.error?.status === 400 && wrongDelete.error?.code === "INVALID_PASSWORD", wrongDelete.error);
  const deleted = await authClient.deleteUser({ password });
  check("deleteUser succeeds", deleted.error === null && deleted.data?.success === true, deleted.error ?? deleted.data);
  const gone = await authClient.signIn.email({ email: moved, password });
  check("the deleted account cannot sign in", gone.error?.status === 401, gone.error);
  await new Promise((resolve) => setTimeout(resolve, 1100));
  check("the deleted account's JWT is refused by the task API", (await taskListStatus(payload.sub, jwt)) === 401);
}

try {
  await run();
} catch (error) {
  summary.error = String(error?.stack ?? error);
}
console.log(JSON.stringify(summary));
process.exit(summary.ok ? 0 : 1);
