/**
 * The account page's line about an email change that waits for its link: "Waiting for you to confirm
 * new@… — sent 5 minutes ago", with sending the link again and cancelling the change. What the server
 * says (`GET /api/auth/email-change`), asked again whenever the account may have changed.
 */

import { cancelEmailChange, changeEmail, pendingEmailChange } from "../auth-api.js";
import { report } from "../errors.js";
import { announce } from "../notice.js";
import { relativeTimeElement } from "../relative-time.js";

export function pendingEmailSection(section) {
  const text = section.querySelector("#email-pending-text");
  const resend = section.querySelector("#email-pending-resend");
  const cancel = section.querySelector("#email-pending-cancel");
  let pending = null;
  let asking = null;

  function show(change) {
    pending = change;
    section.hidden = !change;
    if (!change) return;
    text.replaceChildren(
      `Waiting for you to confirm ${change.newEmail} — sent `,
      relativeTimeElement(change.requestedAt),
      ". Your email changes when you open the link we mailed there.",
    );
  }

  function refresh() {
    asking ??= pendingEmailChange()
      .then((change) => section.isConnected && show(change))
      .catch((error) => section.isConnected && report(error))
      .finally(() => {
        asking = null;
      });
    return asking;
  }

  async function act(button, busyWords, action) {
    if (!pending || button.getAttribute("aria-busy") === "true") return;
    const words = button.textContent;
    button.setAttribute("aria-busy", "true");
    button.textContent = busyWords;
    try {
      await action(pending.newEmail);
    } catch (error) {
      report(error);
    } finally {
      button.removeAttribute("aria-busy");
      button.textContent = words;
    }
  }

  resend.addEventListener("click", () =>
    act(resend, "Sending…", async (email) => {
      const before = pending.requestedAt;
      await changeEmail(email);
      const after = await pendingEmailChange();
      show(after);
      // the account's mail limit holds a link back without saying so: then no newer link exists
      if (after && after.requestedAt !== before) announce(`We mailed a new link to ${email}.`, "success");
      else announce("No new link was sent: you have asked for several in the last hour. The link already mailed still works.", "warning");
    }),
  );

  cancel.addEventListener("click", () =>
    act(cancel, "Cancelling…", async (email) => {
      await cancelEmailChange();
      show(null);
      section.closest("form").querySelector("#email-new").focus();
      announce(`The change to ${email} is cancelled: the link we mailed there no longer works.`, "success");
    }),
  );

  return { refresh };
}
