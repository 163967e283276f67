/**
 * The banner that asks to confirm the email, shown while the server says the address is not confirmed.
 * "Send the link again" says what happened: a link went, or the account's mail limit (or the address's)
 * held it back; then the button pauses until the server says the next one may go.
 */

import { sendVerificationEmail } from "./auth-api.js";
import { currentUser } from "./credentials.js";
import { explain, report } from "./errors.js";
import { ApiError } from "./http.js";
import { inAbout } from "./messages.js";
import { announce } from "./notice.js";

let resumeTimer = null;

/** Shows or hides the banner for the user this tab knows (or nobody). */
export function showVerifyBanner(user) {
  // only when the server said so: a user known from an older token may lack the claim
  document.getElementById("verify-banner").hidden = !(user && user.emailVerified === false);
}

/** Wires "Send the link again". */
export function startVerifyBanner() {
  const button = document.getElementById("verify-resend");
  button.addEventListener("click", async () => {
    const user = currentUser();
    if (!user || button.getAttribute("aria-busy") === "true" || isPaused(button)) return;
    button.setAttribute("aria-busy", "true");
    try {
      const answer = await sendVerificationEmail(user.email);
      if (answer?.mailed === false) {
        const wait = answer.retryAfter ?? 3600;
        pause(button, wait);
        announce(
          `No new link was sent: you have asked for several in the last hour. ` +
            `You can ask again ${inAbout(wait)}; the links already mailed still work.`,
          "warning",
        );
      } else {
        announce(`We mailed a new link to ${user.email}.`, "success");
      }
    } catch (error) {
      if (error instanceof ApiError && error.status === 429) {
        pause(button, error.retryAfterSeconds ?? 60);
        announce(explain(error), "warning");
      } else {
        report(error);
      }
    } finally {
      button.removeAttribute("aria-busy");
    }
  });
}

function isPaused(button) {
  return button.getAttribute("aria-disabled") === "true";
}

/** Pauses the button (it keeps focus, and says why) for `seconds`. */
function pause(button, seconds) {
  const hint = document.getElementById("verify-wait");
  clearTimeout(resumeTimer);
  button.setAttribute("aria-disabled", "true");
  hint.textContent = `You can ask for another link ${inAbout(seconds)}.`;
  hint.hidden = false;
  resumeTimer = setTimeout(() => {
    button.removeAttribute("aria-disabled");
    hint.textContent = "";
    hint.hidden = true;
  }, seconds * 1000);
}
