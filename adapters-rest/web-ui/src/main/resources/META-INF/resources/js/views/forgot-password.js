/** "Forgot password?": asks for a reset link. The answer never tells whether the email has an account. */

import { requestPasswordReset } from "../auth-api.js";
import { clearErrorsOnInput, clearFormErrors, isBusy, setBusy } from "../fields.js";
import { clearNotice } from "../notice.js";
import { fromTemplate } from "../dom.js";
import { placeAuthError, requireFields } from "./auth-form.js";

export const title = "Forgot your password?";
export const requiresSession = false;

export function render(container) {
  container.append(fromTemplate("view-forgot-password"));
  const form = container.querySelector("#forgot-form");
  const sent = container.querySelector("#forgot-sent");
  clearErrorsOnInput(form);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (isBusy(form)) return;
    clearFormErrors(form);
    sent.hidden = true;
    if (!requireFields(form, { email: "Enter your email." })) return;
    setBusy(form, true, "Sending…");
    clearNotice();
    try {
      await requestPasswordReset(form.elements.email.value.trim());
      sent.hidden = false;
    } catch (error) {
      placeAuthError(form, error);
    } finally {
      setBusy(form, false);
    }
  });
}
