/**
 * The account page's passkeys: the list (each renamed or removed in place) and "Add a passkey", which
 * asks for a name, lets the device make the passkey and stores it. Only a fresh session may add one:
 * an older one is asked to sign in again, or, with two-factor on, to confirm with an app code first.
 */

import { listPasskeys, register, registrationOptions } from "../passkey-api.js";
import { confirmWithCode } from "../two-factor-api.js";
import { fetchCurrentUser, signOut } from "../auth-api.js";
import { forget, setAccessToken } from "../credentials.js";
import { tellSignedOut } from "../session-sync.js";
import { explain, report } from "../errors.js";
import { clearErrorsOnInput, clearFormErrors, isBusy, setBusy, showFieldError, showFormError } from "../fields.js";
import { ApiError, SessionEndedError } from "../http.js";
import { announce, clearNotice } from "../notice.js";
import { navigate } from "../router.js";
import { ceremonyFailure, createPasskey, passkeysSupported, wasAborted } from "../webauthn.js";
import { passkeyItem } from "./passkey-item.js";
import { describeAgent } from "./user-agent.js";

/** What the server's refusals of a new passkey mean, next to the form. */
const REFUSED = {
  FAILED_TO_VERIFY_REGISTRATION:
    "taskguard could not verify the passkey your device made, so it was not added. Try again, or use another device.",
  CHALLENGE_NOT_FOUND: "That took too long and the request expired. Please try again.",
};

/** Wires the section; returns {show(user)} for the account page to call with the user it loaded. */
export function passkeysSection(section) {
  const list = section.querySelector("#pk-list");
  const none = section.querySelector("#pk-none");
  const listError = section.querySelector("#pk-list-error");
  const addButton = section.querySelector("#pk-add");
  const addForm = section.querySelector("#pk-add-form");
  const fresh = section.querySelector("#pk-fresh");
  const freshForm = section.querySelector("#pk-fresh-form");
  const heading = section.querySelector("#passkeys-heading");
  clearErrorsOnInput(addForm);
  clearErrorsOnInput(freshForm);

  if (!passkeysSupported()) {
    addButton.hidden = true;
    section.querySelector("#pk-unsupported").hidden = false;
  }

  function item(passkey) {
    return passkeyItem(passkey, {
      onRemoved(next) {
        none.hidden = list.children.length > 0;
        (next?.querySelector('[data-testid="passkey-rename"]') ?? heading).focus();
      },
    });
  }

  async function load() {
    list.setAttribute("aria-busy", "true");
    listError.hidden = true;
    try {
      const passkeys = await listPasskeys();
      list.replaceChildren(...passkeys.map(item));
      none.hidden = passkeys.length > 0;
    } catch (failure) {
      if (failure instanceof SessionEndedError) report(failure);
      else {
        listError.textContent = `Your passkeys could not be loaded. ${explain(failure)}`;
        listError.hidden = false;
      }
    } finally {
      list.setAttribute("aria-busy", "false");
    }
  }

  function openAdd() {
    clearFormErrors(addForm);
    fresh.hidden = true;
    addForm.hidden = false;
    addButton.setAttribute("aria-expanded", "true");
    if (!addForm.elements.name.value) addForm.elements.name.value = describeAgent(navigator.userAgent);
    addForm.elements.name.focus();
    addForm.elements.name.select();
  }

  function closeAdd() {
    addForm.hidden = true;
    addForm.reset();
    addButton.setAttribute("aria-expanded", "false");
    addButton.focus();
  }

  /**
   * The session is too old to add a passkey: says so, with the ways to make it fresh (an app code only
   * when two-factor is on now, which the section may not have seen turned on).
   */
  async function askForFreshSession() {
    const twoFactorOn = Boolean((await fetchCurrentUser()).twoFactorEnabled);
    addForm.hidden = true;
    addButton.setAttribute("aria-expanded", "false");
    freshForm.hidden = !twoFactorOn;
    const text = section.querySelector("#pk-fresh-text");
    text.textContent = twoFactorOn
      ? "For your safety, sign in again (or confirm with your authenticator code) before adding a passkey."
      : "For your safety, sign in again before adding a passkey.";
    fresh.hidden = false;
    text.focus();
  }

  addButton.addEventListener("click", () => {
    if (addForm.hidden) openAdd();
    else closeAdd();
  });
  section.querySelector("#pk-add-cancel").addEventListener("click", closeAdd);

  addForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (isBusy(addForm)) return;
    clearFormErrors(addForm);
    const field = addForm.elements.name;
    const name = field.value.trim();
    if (!name) {
      showFieldError(field, "Enter a name for the passkey.");
      field.focus();
      return;
    }
    const submit = section.querySelector("#pk-add-submit");
    setBusy(addForm, true);
    submit.textContent = "Waiting for your device…";
    clearNotice();
    try {
      const options = await registrationOptions();
      const stored = await register(await createPasskey(options), name);
      await load();
      closeAdd();
      announce(`The passkey “${stored.name}” is added. You can now sign in with it.`, "success");
    } catch (failure) {
      await placeAddError(failure).catch(report);
    } finally {
      setBusy(addForm, false);
      submit.textContent = "Create the passkey";
    }
  });

  async function placeAddError(failure) {
    const code = failure instanceof ApiError ? failure.code : null;
    const field = addForm.elements.name;
    if (failure instanceof SessionEndedError) {
      report(failure);
    } else if (code === "SESSION_EXPIRED") {
      await askForFreshSession();
    } else if (code === "VALIDATION_ERROR") {
      showFieldError(field, "Use 1 to 100 characters, without line breaks or other control characters.");
      field.focus();
    } else if (!wasAborted(failure)) {
      showFormError(addForm, REFUSED[code] ?? ceremonyFailure(failure, { making: true }) ?? explain(failure));
      section.querySelector("#pk-add-submit").focus();
    }
  }

  freshForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (isBusy(freshForm)) return;
    clearFormErrors(freshForm);
    const field = freshForm.elements.code;
    const code = field.value.replace(/\s+/g, "");
    if (!code) {
      showFieldError(field, "Enter the 6-digit code your app shows.");
      field.focus();
      return;
    }
    setBusy(freshForm, true);
    try {
      const result = await confirmWithCode(code);
      if (result.jwt) setAccessToken(result.jwt);
      freshForm.reset();
      openAdd();
      announce("Confirmed. You can add a passkey now.", "success");
    } catch (failure) {
      if (failure instanceof SessionEndedError) report(failure);
      else if (failure instanceof ApiError && failure.code === "INVALID_CODE") {
        showFieldError(field, "That code is not right. Enter the code the app shows now.");
        field.focus();
      } else {
        showFormError(freshForm, explain(failure, { typed: true }));
        field.focus();
      }
    } finally {
      setBusy(freshForm, false);
    }
  });

  section.querySelector("#pk-sign-in-again").addEventListener("click", async () => {
    try {
      await signOut();
    } catch {
      // signed out in this tab either way; the next sign-in replaces a cookie the server did not clear
    }
    forget();
    tellSignedOut();
    navigate("sign-in", {
      notice: { message: "Sign in again, then add your passkey from the account page.", kind: "info" },
    });
  });

  return {
    /** Lists the passkeys of the signed-in person. */
    show() {
      load();
    },
  };
}
