/** The sign-up view: creates the account and signs in at once. */

import { signUp } from "../auth-api.js";
import { signedIn } from "../credentials.js";
import { tellSignedIn } from "../session-sync.js";
import { clearErrorsOnInput, clearFormErrors, isBusy, setBusy } from "../fields.js";
import { clearNotice } from "../notice.js";
import { navigate } from "../router.js";
import { fromTemplate } from "../dom.js";
import { addPasswordMeter } from "../password-meter.js";
import { addPasswordToggles } from "../password-toggle.js";
import { placeAuthError, requireFields } from "./auth-form.js";

export const title = "Create an account";
export const requiresSession = false;

export function render(container) {
  container.append(fromTemplate("view-sign-up"));
  const form = container.querySelector("#signup-form");
  addPasswordToggles(form);
  addPasswordMeter(form.elements.password, () => ({
    email: form.elements.email.value.trim(),
    name: form.elements.name.value.trim(),
  }));
  clearErrorsOnInput(form);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (isBusy(form)) return;
    clearFormErrors(form);
    const ok = requireFields(form, {
      name: "Enter your name.",
      email: "Enter your email.",
      password: "Choose a password.",
    });
    if (!ok) return;

    setBusy(form, true, "Creating your account…");
    clearNotice();
    try {
      const result = await signUp({
        name: form.elements.name.value.trim(),
        email: form.elements.email.value.trim(),
        password: form.elements.password.value,
      });
      signedIn({ jwt: result.jwt, signedInUser: result.user });
      tellSignedIn(result.user);
      navigate("tasks", {
        notice: { message: "Welcome to taskguard. Your account is ready.", kind: "success" },
      });
    } catch (error) {
      placeAuthError(form, error);
    } finally {
      setBusy(form, false);
    }
  });
}
