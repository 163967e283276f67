// The real Better Auth JS client, unchanged, in bearer mode with its jwtClient plugin, driven against a
// taskguard server: sign-up, sign-in, get-session, token, JWKS, sign-out. The JWTs it receives are then
// verified by jose through the server's discovery document, as any other service would verify them.
//
// Then the account lifecycle with the client's own methods (sendVerificationEmail, verifyEmail, updateUser,
// changePassword, requestPasswordReset, resetPassword, changeEmail, deleteUser), reading each mailed link
// from the test's mailbox (MAILBOX_URL: GET ?to=ADDRESS&subject=TEXT answers the newest such mail's link).
//
// Then two-factor with the client's twoFactorClient plugin: enable, verifyTotp (confirming the enrolment, then
// answering a challenged sign-in), verifyBackupCode, getTotpUri, generateBackupCodes and disable. The challenge
// travels in a cookie, so this script keeps the cookies the server sets, as a browser or a React Native app does.
// Last, the same plugins in cookie mode (no bearer token, the signed session cookie and an Origin header).
//
// Usage: BASE_URL=http://localhost:9080 MAILBOX_URL=http://127.0.0.1:PORT/ [CLIENT_ADDRESS=2001:db8::1] [AUDIENCE=taskguard] node better-auth-client.mjs
// Prints one JSON summary line on stdout; exits 0 only when every check passed.

import { createAuthClient } from "better-auth/client";
import { jwtClient, twoFactorClient } from "better-auth/client/plugins";
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { createHmac, randomUUID } from "node:crypto";

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
// The cookies the server set (the two-factor challenge, a trusted device), sent back as a browser would.
const cookieJar = new Map();
let twoFactorRedirects = 0;

const authClient = createAuthClient({
  baseURL: BASE_URL,
  plugins: [jwtClient(), twoFactorClient({ onTwoFactorRedirect: () => { twoFactorRedirects += 1; } })],
  fetchOptions: {
    auth: { type: "Bearer", token: () => currentToken },
    ...(CLIENT_ADDRESS ? { headers: { "X-Forwarded-For": CLIENT_ADDRESS } } : {}),
    onRequest: (ctx) => {
      if (cookieJar.size > 0) {
        ctx.headers.set("cookie", [...cookieJar].map(([name, value]) => `${name}=${value}`).join("; "));
      }
      return ctx;
    },
    onResponse: (ctx) => {
      for (const setCookie of ctx.response.headers.getSetCookie()) {
        const [pair] = setCookie.split(";");
        const name = pair.slice(0, pair.indexOf("="));
        const value = pair.slice(pair.indexOf("=") + 1);
        if (value === "" || /max-age=0/i.test(setCookie)) {
          cookieJar.delete(name);
        } else {
          cookieJar.set(name, value);
        }
      }
    },
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
  await twoFactor(verify);
  await cookieMode();
  summary.ok = true;
}

/**
 * The same client in cookie mode, as a browser app uses it: no bearer token, the signed session cookie in a
 * jar, and the page's Origin on every call (the server refuses cookie calls without it), through two-factor.
 */
async function cookieMode() {
  const jar = new Map();
  let redirects = 0;
  const browser = createAuthClient({
    baseURL: BASE_URL,
    plugins: [twoFactorClient({ onTwoFactorRedirect: () => { redirects += 1; } })],
    fetchOptions: {
      headers: { Origin: new URL(BASE_URL).origin, ...(CLIENT_ADDRESS ? { "X-Forwarded-For": CLIENT_ADDRESS } : {}) },
      onRequest: (ctx) => {
        if (jar.size > 0) {
          ctx.headers.set("cookie", [...jar].map(([name, value]) => `${name}=${value}`).join("; "));
        }
        return ctx;
      },
      onResponse: (ctx) => {
        for (const setCookie of ctx.response.headers.getSetCookie()) {
          const [pair] = setCookie.split(";");
          const name = pair.slice(0, pair.indexOf("="));
          if (/max-age=0/i.test(setCookie)) {
            jar.delete(name);
          } else {
            jar.set(name, pair.slice(pair.indexOf("=") + 1));
          }
        }
      },
    },
  });
  const email = `cookie-${randomUUID()}@example.test`;
  const password = `correct horse battery ${randomUUID()}`;
  const signUp = await browser.signUp.email({ email, password, name: "Cookie Mode" });
  check("cookie mode: signUp.email sets the session cookie", signUp.error === null && jar.has("better-auth.session_token"), signUp.error ?? [...jar.keys()]);
  const session = await browser.getSession();
  check("cookie mode: getSession reads the cookie", session.data?.user?.email === email, session.error ?? session.data);
  const enabled = await browser.twoFactor.enable({ password });
  check("cookie mode: twoFactor.enable", enabled.error === null && enabled.data?.totpURI?.startsWith("otpauth://"), enabled.error ?? enabled.data);
  const confirmed = await browser.twoFactor.verifyTotp({ code: totp(enabled.data.totpURI) });
  check("cookie mode: twoFactor.verifyTotp confirms and replaces the session cookie", confirmed.error === null && confirmed.data?.user?.twoFactorEnabled === true, confirmed.error ?? confirmed.data);
  const out = await browser.signOut();
  check("cookie mode: signOut clears the session cookie", out.error === null && !jar.has("better-auth.session_token"), out.error ?? [...jar.keys()]);
  const challenged = await browser.signIn.email({ email, password });
  check("cookie mode: signIn.email answers twoFactorRedirect", challenged.data?.twoFactorRedirect === true && redirects === 1, challenged.error ?? challenged.data);
  const answered = await browser.twoFactor.verifyTotp({ code: totp(enabled.data.totpURI, 1) });
  check("cookie mode: twoFactor.verifyTotp answers the challenge", answered.error === null && jar.has("better-auth.session_token"), answered.error ?? answered.data);
  const after = await browser.getSession();
  check("cookie mode: the cookie session shows twoFactorEnabled", after.data?.user?.twoFactorEnabled === true, after.data);
  const disabled = await browser.twoFactor.disable({ password });
  check("cookie mode: twoFactor.disable", disabled.error === null && disabled.data?.status === true, disabled.error ?? disabled.data);
}

/** RFC 6238 (SHA-1, six digits, 30 s) from the base32 secret of an otpauth URI, `steps` steps from now. */
function totp(uri, steps = 0) {
  const base32 = new URL(uri).searchParams.get("secret");
  let bits = "";
  for (const char of base32.replace(/=+$/, "")) {
    bits += "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".indexOf(char).toString(2).padStart(5, "0");
  }
  const key = Buffer.from(bits.match(/.{8}/g).map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30000) + steps));
  const hmac = createHmac("sha1", key).update(counter).digest();
  const offset = hmac[hmac.length - 1] & 0xf;
  const value = (hmac.readUInt32BE(offset) & 0x7fffffff) % 1000000;
  return String(value).padStart(6, "0");
}

async function twoFactor(verify) {
  const email = `two-factor-${randomUUID()}@example.test`;
  const password = `correct horse battery ${randomUUID()}`;
  const signUp = await authClient.signUp.email({ email, password, name: "Two Factor" });
  check("signUp.email succeeds for the two-factor account", signUp.error === null && signUp.data.user.twoFactorEnabled === false, signUp.error ?? signUp.data);
  const before = currentToken;

  const wrongPassword = await authClient.twoFactor.enable({ password: `${password}!` });
  check("twoFactor.enable with a wrong password surfaces as 400 INVALID_PASSWORD", wrongPassword.error?.status === 400 && wrongPassword.error?.code === "INVALID_PASSWORD", wrongPassword.error);
  const enabled = await authClient.twoFactor.enable({ password });
  check("twoFactor.enable answers a TOTP URI and ten backup codes", enabled.error === null && enabled.data?.totpURI?.startsWith("otpauth://totp/") && enabled.data.backupCodes?.length === 10, enabled.error ?? enabled.data);
  const { totpURI, backupCodes } = enabled.data;

  const wrongCode = await authClient.twoFactor.verifyTotp({ code: "000000" });
  check("a wrong code surfaces as 401 INVALID_CODE", wrongCode.error?.status === 401 && wrongCode.error?.code === "INVALID_CODE", wrongCode.error);
  const confirmed = await authClient.twoFactor.verifyTotp({ code: totp(totpURI) });
  check("twoFactor.verifyTotp confirms the enrolment", confirmed.error === null && confirmed.data?.user?.twoFactorEnabled === true, confirmed.error ?? confirmed.data);
  check("the confirmation replaces the session", currentToken === confirmed.data.token && currentToken !== before, { currentToken, before });
  const session = await authClient.getSession();
  check("getSession shows twoFactorEnabled", session.data?.user?.twoFactorEnabled === true, session.data);

  await authClient.signOut();
  currentToken = undefined;
  const challenged = await authClient.signIn.email({ email, password });
  check("signIn.email answers twoFactorRedirect", challenged.error === null && challenged.data?.twoFactorRedirect === true && challenged.data.twoFactorMethods?.includes("totp"), challenged.error ?? challenged.data);
  check("the client's onTwoFactorRedirect runs", twoFactorRedirects === 1, twoFactorRedirects);
  check("the challenge opens no session", currentToken === undefined && (await authClient.getSession()).data === null, currentToken);
  const answered = await authClient.twoFactor.verifyTotp({ code: totp(totpURI, 1) });
  check("twoFactor.verifyTotp answers the challenge with a session", answered.error === null && typeof answered.data?.token === "string" && currentToken === answered.data.token, answered.error ?? answered.data);
  const { payload } = await verify((await authClient.token()).data.token);
  check("the challenged sign-in's JWT verifies", payload.email === email, payload);

  await authClient.signOut();
  currentToken = undefined;
  await authClient.signIn.email({ email, password });
  const reused = await authClient.twoFactor.verifyTotp({ code: totp(totpURI, 1) });
  check("a TOTP code is accepted once", reused.error?.status === 401 && reused.error?.code === "INVALID_CODE", reused.error ?? reused.data);
  const backup = await authClient.twoFactor.verifyBackupCode({ code: backupCodes[0] });
  check("twoFactor.verifyBackupCode answers the challenge", backup.error === null && typeof backup.data?.token === "string", backup.error ?? backup.data);

  await authClient.signOut();
  currentToken = undefined;
  await authClient.signIn.email({ email, password });
  const usedBackup = await authClient.twoFactor.verifyBackupCode({ code: backupCodes[0] });
  check("a used backup code surfaces as 401 INVALID_BACKUP_CODE", usedBackup.error?.status === 401 && usedBackup.error?.code === "INVALID_BACKUP_CODE", usedBackup.error);
  const second = await authClient.twoFactor.verifyBackupCode({ code: backupCodes[1] });
  check("another backup code answers the challenge", second.error === null, second.error);

  const uri = await authClient.twoFactor.getTotpUri({ password });
  check("twoFactor.getTotpUri shows the confirmed secret", uri.error === null && new URL(uri.data.totpURI).searchParams.get("secret") === new URL(totpURI).searchParams.get("secret"), uri.error ?? uri.data);
  const regenerated = await authClient.twoFactor.generateBackupCodes({ password });
  check("twoFactor.generateBackupCodes answers ten new codes", regenerated.error === null && regenerated.data?.backupCodes?.length === 10 && !regenerated.data.backupCodes.includes(backupCodes[2]), regenerated.error ?? regenerated.data);
  const disabled = await authClient.twoFactor.disable({ password });
  check("twoFactor.disable succeeds", disabled.error === null && disabled.data?.status === true, disabled.error ?? disabled.data);
  const after = await authClient.getSession();
  check("after disable the client holds a new session without two-factor", after.data?.user?.twoFactorEnabled === false, after.data);
  await authClient.signOut();
  currentToken = undefined;
  const plain = await authClient.signIn.email({ email, password });
  check("signIn.email is no longer challenged", plain.error === null && typeof plain.data?.token === "string" && twoFactorRedirects === 3, plain.error ?? plain.data);
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
