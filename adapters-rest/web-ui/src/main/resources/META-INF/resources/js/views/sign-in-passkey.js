/**
 * Signing in with a passkey on the sign-in page: "Sign in with a passkey", and, where the browser
 * offers passkeys in the email field's autofill, a request that waits there until one is picked. The
 * button first ends that waiting request, since a browser runs one ceremony at a time.
 */

import { signIn, signInOptions } from "../passkey-api.js";
import { explain } from "../errors.js";
import { ApiError } from "../http.js";
import { clearNotice } from "../notice.js";
import { autofillSupported, ceremonyFailure, passkeysSupported, usePasskey, wasAborted } from "../webauthn.js";

/** What the server's refusals of a passkey sign-in mean. */
const REFUSED = {
  AUTHENTICATION_FAILED:
    "That passkey did not sign you in: it is not on any taskguard account (it may have been removed). Use another passkey, or your password.",
  CHALLENGE_NOT_FOUND: "That took too long and the request expired. Please try again.",
};

/**
 * Wires the passkey part of the sign-in step in `container`; `onSignedIn(result)` gets {token, jwt,
 * user}. Returns a function that ends a request still waiting in the autofill.
 */
export function passkeySignIn(container, { onSignedIn }) {
  const part = container.querySelector("#passkey-sign-in");
  const button = container.querySelector("#passkey-signin");
  const error = container.querySelector("#passkey-signin-error");
  if (!passkeysSupported()) return () => {};
  part.hidden = false;
  let stopped = false;
  let autofill = null;

  function say(failure) {
    const code = failure instanceof ApiError ? failure.code : null;
    error.textContent =
      REFUSED[code] ?? ceremonyFailure(failure, { making: false }) ?? explain(failure);
    error.hidden = false;
  }

  /** Offers the site's passkeys in the email field's autofill until one is picked or it is ended. */
  function offerInAutofill() {
    const controller = new AbortController();
    const waiting = (async () => {
      try {
        if (!(await autofillSupported()) || controller.signal.aborted) return;
        const options = await signInOptions();
        const response = await usePasskey(options, { conditional: true, signal: controller.signal });
        if (controller.signal.aborted) return;
        clearNotice();
        onSignedIn(await signIn(response));
      } catch (failure) {
        // Only a refusal of a passkey the person picked is news; a cancelled or ended offer is not.
        if (failure instanceof ApiError && REFUSED[failure.code] && !stopped) say(failure);
      }
    })();
    autofill = { controller, waiting };
  }

  /** Ends the autofill's request, and waits until the browser has let it go. */
  async function endAutofill() {
    const current = autofill;
    autofill = null;
    if (!current) return;
    current.controller.abort();
    await current.waiting;
  }

  button.addEventListener("click", async () => {
    if (button.getAttribute("aria-busy") === "true") return;
    button.setAttribute("aria-busy", "true");
    button.textContent = "Waiting for your passkey…";
    error.hidden = true;
    clearNotice();
    let signedIn = false;
    try {
      await endAutofill();
      const response = await usePasskey(await signInOptions());
      onSignedIn(await signIn(response));
      signedIn = true;
    } catch (failure) {
      if (!wasAborted(failure)) say(failure);
    } finally {
      button.removeAttribute("aria-busy");
      button.textContent = "Sign in with a passkey";
      if (!signedIn && !stopped) offerInAutofill();
    }
  });

  offerInAutofill();
  return () => {
    stopped = true;
    autofill?.controller.abort();
    autofill = null;
  };
}
