/**
 * The sign-in view: email and password, then, for an account with two-factor on, a code; or a passkey,
 * from its button or the email field's autofill.
 */

import { signIn } from "../auth-api.js";
import { signedIn } from "../credentials.js";
import { tellSignedIn } from "../session-sync.js";
import { clearErrorsOnInput, clearFormErrors, isBusy, setBusy, showFormError } from "../fields.js";
import { clearNotice } from "../notice.js";
import { navigate } from "../router.js";
import { fromTemplate } from "../dom.js";
import { addPasswordToggles } from "../password-toggle.js";
import { placeAuthError, requireFields } from "./auth-form.js";
import { showCodeStep } from "./sign-in-code.js";
import { passkeySignIn } from "./sign-in-passkey.js";

export const title = "Sign in";
export const requiresSession = false;

/** Ends the passkey request of the password step on show, if any. */
let stopPasskey = () => {};

/** The email the next sign-in form starts with (after a password reset), then forgotten. */
let prefilledEmail = "";

export function prefillSignIn(email) {
  prefilledEmail = email ?? "";
}

export function render(container) {
  const email = prefilledEmail;
  prefilledEmail = "";
  showPasswordStep(container, { email });
  return () => stopPasskey();
}

function finish(result) {
  signedIn({ jwt: result.jwt, signedInUser: result.user });
  tellSignedIn(result.user);
  navigate("tasks");
}

/** The password step; after "Start over" it keeps the email, and says why when a challenge ended. */
function showPasswordStep(container, { email = "", rememberMe = true, error = null, again = false } = {}) {
  stopPasskey();
  container.replaceChildren(fromTemplate("view-sign-in"));
  stopPasskey = passkeySignIn(container, { onSignedIn: finish });
  const form = container.querySelector("#signin-form");
  addPasswordToggles(form);
  clearErrorsOnInput(form);
  form.elements.email.value = email;
  form.elements.rememberMe.checked = rememberMe;
  if (error) showFormError(form, error);
  if (again) {
    document.title = `${title} · taskguard`;
    (email ? form.elements.password : form.elements.email).focus();
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (isBusy(form)) return;
    clearFormErrors(form);
    const ok = requireFields(form, {
      email: "Enter your email.",
      password: "Enter your password.",
    });
    if (!ok) return;

    setBusy(form, true, "Signing in…");
    clearNotice();
    const typedEmail = form.elements.email.value.trim();
    const remember = form.elements.rememberMe.checked;
    try {
      const result = await signIn({
        email: typedEmail,
        password: form.elements.password.value,
        rememberMe: remember,
      });
      if (result.twoFactor) {
        stopPasskey();
        document.title = "Two-factor sign-in · taskguard";
        showCodeStep(container, {
          onSignedIn: finish,
          onStartOver: (reason) =>
            showPasswordStep(container, {
              email: typedEmail,
              rememberMe: remember,
              error: reason,
              again: true,
            }),
        });
        return;
      }
      finish(result);
    } catch (error) {
      placeAuthError(form, error);
    } finally {
      setBusy(form, false);
    }
  });
}
