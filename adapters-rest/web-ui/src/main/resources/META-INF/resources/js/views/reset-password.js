/** The page a mailed reset link opens: a new password for the token the link carried. */

import { resetPassword } from "../auth-api.js";
import { forget, isSignedIn } from "../credentials.js";
import { tellSignedOut } from "../session-sync.js";
import { ApiError } from "../http.js";
import { clearErrorsOnInput, clearFormErrors, isBusy, setBusy } from "../fields.js";
import { forgetResetToken, pendingResetToken } from "../mail-links.js";
import { clearNotice } from "../notice.js";
import { navigate } from "../router.js";
import { fromTemplate } from "../dom.js";
import { addPasswordMeter } from "../password-meter.js";
import { addPasswordToggles } from "../password-toggle.js";
import { placeAuthError, requireFields } from "./auth-form.js";
import { prefillSignIn } from "./sign-in.js";

export const title = "Choose a new password";
export const requiresSession = "either";

export function render(container) {
  container.append(fromTemplate("view-reset-password"));
  const form = container.querySelector("#reset-form");
  addPasswordToggles(form);
  addPasswordMeter(form.elements.password);
  const invalid = container.querySelector("#reset-invalid");
  const token = pendingResetToken();
  if (!token) {
    invalid.hidden = false;
    form.hidden = true;
    return;
  }
  clearErrorsOnInput(form);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (isBusy(form)) return;
    clearFormErrors(form);
    if (!requireFields(form, { password: "Enter a new password." })) return;
    setBusy(form, true, "Saving…");
    clearNotice();
    try {
      const { email } = await resetPassword(token, form.elements.password.value);
      forgetResetToken();
      prefillSignIn(email);
      // every session of the account has ended, this browser's too
      if (isSignedIn()) {
        forget();
        tellSignedOut();
      }
      navigate("sign-in", {
        notice: { message: "Your password is changed. Sign in with the new one.", kind: "success" },
      });
    } catch (error) {
      if (error instanceof ApiError && error.code === "INVALID_TOKEN") {
        forgetResetToken();
        invalid.hidden = false;
        form.hidden = true;
        invalid.focus?.();
      } else {
        placeAuthError(form, error);
      }
    } finally {
      setBusy(form, false);
    }
  });
}
