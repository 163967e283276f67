/** The sign-in view. */

import { signIn } from "../auth-api.js";
import { signedIn } from "../credentials.js";
import { clearErrorsOnInput, clearFormErrors, isBusy, setBusy } from "../fields.js";
import { clearNotice } from "../notice.js";
import { navigate } from "../router.js";
import { fromTemplate } from "../dom.js";
import { placeAuthError, requireFields } from "./auth-form.js";

export const title = "Sign in";
export const requiresSession = false;

export function render(container) {
  container.append(fromTemplate("view-sign-in"));
  const form = container.querySelector("#signin-form");
  clearErrorsOnInput(form);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (isBusy(form)) return;
    clearFormErrors(form);
    const ok = requireFields(form, {
      email: "Enter your email.",
      password: "Enter your password.",
    });
    if (!ok) return;

    setBusy(form, true);
    clearNotice();
    try {
      const result = await signIn({
        email: form.elements.email.value.trim(),
        password: form.elements.password.value,
      });
      signedIn({ token: result.token, jwt: result.jwt, signedInUser: result.user });
      navigate("tasks");
    } catch (error) {
      placeAuthError(form, error);
    } finally {
      setBusy(form, false);
    }
  });
}
