/** Starts the page: registers the views, wires the header, and handles the end of a session. */

import { USER_CHANGED_EVENT, currentUser, forget, isSignedIn, sessionToken } from "./credentials.js";
import { sendVerificationEmail, signOut } from "./auth-api.js";
import { ensureSignedInUser } from "./tasks-api.js";
import { NetworkError } from "./http.js";
import { SESSION_ENDED_EVENT } from "./errors.js";
import * as router from "./router.js";
import * as signInView from "./views/sign-in.js";
import * as signUpView from "./views/sign-up.js";
import * as tasksView from "./views/tasks.js";
import * as sessionsView from "./views/sessions.js";
import * as accountView from "./views/account.js";
import * as forgotPasswordView from "./views/forgot-password.js";
import * as resetPasswordView from "./views/reset-password.js";
import { takeMailLink } from "./mail-links.js";
import { report } from "./errors.js";
import { announce } from "./notice.js";
import { sendAll } from "./pending-deletes.js";

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

document.getElementById("sign-out").addEventListener("click", async () => {
  // Deletions still open to an undo are sent while the session can still send them.
  await sendAll();
  const token = sessionToken();
  let notice = { message: "You are signed out.", kind: "success" };
  try {
    if (token) await signOut(token);
  } catch (error) {
    if (error instanceof NetworkError) {
      notice = {
        message:
          "You are signed out in this browser, but the server could not be reached to end the session. " +
          "You can end it later from the sessions page.",
        kind: "warning",
      };
    }
  }
  forget();
  router.navigate("sign-in", { notice });
});

function showUser() {
  const user = currentUser();
  document.getElementById("current-user").textContent = user ? user.name || user.email : "";
  // only when the server said so: a user known from an older token may lack the claim
  document.getElementById("verify-banner").hidden = !(user && user.emailVerified === false);
}

document.getElementById("verify-resend").addEventListener("click", async (event) => {
  const button = event.currentTarget;
  const user = currentUser();
  if (!user || button.getAttribute("aria-busy") === "true") return;
  button.setAttribute("aria-busy", "true");
  try {
    await sendVerificationEmail(user.email);
    announce(`We mailed a new link to ${user.email}.`, "success");
  } catch (error) {
    report(error);
  } finally {
    button.removeAttribute("aria-busy");
  }
});

router.start(takeMailLink() ?? {});
// After a reload only the session token is left: learn who is signed in (the views report any failure).
if (isSignedIn()) ensureSignedInUser().catch(() => {});
