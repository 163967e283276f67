/** Starts the page: registers the views, wires the header, and handles the end of a session. */

import { USER_CHANGED_EVENT, currentUser, forget, isSignedIn, setUser, signedIn } from "./credentials.js";
import { currentSession, signOut } from "./auth-api.js";
import { ApiError, NetworkError } from "./http.js";
import { SESSION_ENDED_EVENT, explain } from "./errors.js";
import * as router from "./router.js";
import * as signInView from "./views/sign-in.js";
import * as signUpView from "./views/sign-up.js";
import * as tasksView from "./views/tasks.js";
import * as sessionsView from "./views/sessions.js";
import * as accountView from "./views/account.js";
import * as forgotPasswordView from "./views/forgot-password.js";
import * as resetPasswordView from "./views/reset-password.js";
import { takeMailLink } from "./mail-links.js";
import { announce } from "./notice.js";
import { sendAll } from "./pending-deletes.js";
import { listen, tellSignedOut, tellUserChanged } from "./session-sync.js";
import { showVerifyBanner, startVerifyBanner } from "./verify-banner.js";

router.register("sign-in", signInView);
router.register("sign-up", signUpView);
router.register("tasks", tasksView);
router.register("sessions", sessionsView);
router.register("account", accountView);
router.register("forgot-password", forgotPasswordView);
router.register("reset-password", resetPasswordView);

document.addEventListener(SESSION_ENDED_EVENT, () => {
  forget();
  router.navigate("sign-in", {
    notice: { message: "Your session has ended. Please sign in again.", kind: "warning" },
  });
});

document.addEventListener(USER_CHANGED_EVENT, showUser);

document.getElementById("sign-out").addEventListener("click", async (event) => {
  const button = event.currentTarget;
  if (button.getAttribute("aria-busy") === "true") return;
  button.setAttribute("aria-busy", "true");
  try {
    // Deletions still open to an undo are sent while the session can still send them.
    await sendAll();
    await signOut();
  } catch (error) {
    // Only the server can clear the HttpOnly cookie: unless it says there is no session, stay signed in.
    if (!(error instanceof ApiError && (error.status === 400 || error.status === 401))) {
      announce(`You are still signed in: signing out did not reach the server. ${explain(error)}`, "error");
      return;
    }
  } finally {
    button.removeAttribute("aria-busy");
  }
  forget();
  tellSignedOut();
  router.navigate("sign-in", { notice: { message: "You are signed out.", kind: "success" } });
});

function showUser() {
  const user = currentUser();
  document.getElementById("current-user").textContent = user ? user.name || user.email : "";
  showVerifyBanner(user);
}

startVerifyBanner();

/** Takes over the session the browser's cookie names, if any; resolves to whether there is one. */
async function adoptSession() {
  const session = await currentSession();
  if (!session) return false;
  const { id, name, email, emailVerified } = session.user;
  signedIn({ jwt: session.jwt, signedInUser: { id, name, email, emailVerified } });
  return true;
}

listen({
  async signedIn(userId) {
    if (isSignedIn() && currentUser()?.id === userId) return;
    const someoneElse = isSignedIn();
    try {
      if (!(await adoptSession())) return;
    } catch {
      return; // the next call of this tab finds out
    }
    const notice = { message: "You signed in in another tab.", kind: "info" };
    if (someoneElse) router.navigate("tasks", { notice });
    else router.sessionChanged();
  },
  userChanged: refreshUser,
  async signedOut() {
    if (!isSignedIn()) return;
    await sendAll();
    forget();
    router.navigate("sign-in", { notice: { message: "You signed out in another tab.", kind: "info" } });
  },
});

/**
 * Asks the server again who is signed in (an email confirmed in another tab or on another device), and
 * updates what the page shows of them; a session that ended is found out at the next call.
 */
async function refreshUser() {
  if (!isSignedIn()) return;
  try {
    const session = await currentSession();
    if (!session || session.user.id !== currentUser()?.id) return;
    const { id, name, email, emailVerified } = session.user;
    setUser({ id, name, email, emailVerified });
  } catch {
    // the next call of this tab finds out
  }
}

document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "visible") refreshUser();
});

async function start() {
  // A mailed link's token leaves the address bar before anything else happens.
  const first = takeMailLink() ?? {};
  try {
    // a confirmation link changed the account: the other tabs ask again
    if ((await adoptSession()) && first.confirmed) tellUserChanged();
  } catch (error) {
    if (error instanceof NetworkError || error instanceof ApiError) {
      first.notice ??= { message: explain(error), kind: "error" };
    } else {
      throw error;
    }
  }
  router.start(first);
}

start();
