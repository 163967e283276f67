/**
 * The account page's two-factor section. Off: "Turn on" asks the password, shows the QR code and the key,
 * and a first code confirms it; the backup codes are then shown once. On: the trusted devices, new backup
 * codes and "Turn off". Confirming and turning off replace the session, so the page moves to the new token.
 */

import { confirmEnrolment, disable, enable, generateBackupCodes } from "../two-factor-api.js";
import { currentUser, signedIn } from "../credentials.js";
import { explain, report } from "../errors.js";
import { clearErrorsOnInput, clearFormErrors, isBusy, setBusy, showFieldError, showFormError } from "../fields.js";
import { ApiError, SessionEndedError } from "../http.js";
import { announce, clearNotice } from "../notice.js";
import { qrSvg } from "../qr.js";
import { backupCodesPart } from "./backup-codes.js";
import { requireFields } from "./auth-form.js";
import { trustedDevicesPart } from "./trusted-devices.js";

/** Wires the section; returns {show(user)} for the account page to call with the user it loaded. */
export function twoFactorSection(section) {
  const status = section.querySelector("#tf-status");
  const enableForm = section.querySelector("#tf-enable-form");
  const confirmForm = section.querySelector("#tf-confirm-form");
  const newCodesForm = section.querySelector("#tf-new-codes-form");
  const disableForm = section.querySelector("#tf-disable-form");
  const parts = {
    off: enableForm,
    setup: section.querySelector("#tf-setup"),
    codes: section.querySelector("#tf-codes"),
    on: section.querySelector("#tf-on"),
  };
  for (const form of [enableForm, confirmForm, newCodesForm, disableForm]) clearErrorsOnInput(form);
  let shown = null;
  let waitingCodes = null;
  const loadDevices = trustedDevicesPart(section);
  const showCodes = backupCodesPart(section, { onDone: () => showOn(section.querySelector("#two-factor-heading")) });

  function showPart(name, focus) {
    shown = name;
    for (const [key, element] of Object.entries(parts)) element.hidden = key !== name;
    status.textContent =
      name === "off" || name === "setup"
        ? "Off: signing in asks only for your password."
        : "On: after your password, signing in asks for a code from your authenticator app.";
    focus?.focus();
  }

  function showOn(focus) {
    showPart("on", focus);
    loadDevices();
  }

  enableForm.addEventListener("submit", (event) =>
    run(event, enableForm, { password: "Enter your password to turn it on." }, "Turning on…", async () => {
      const enrolment = await enable(enableForm.elements.password.value);
      enableForm.reset();
      waitingCodes = enrolment.backupCodes;
      const secret = new URL(enrolment.totpURI).searchParams.get("secret") ?? "";
      section.querySelector("#tf-qr").replaceChildren(
        qrSvg(enrolment.totpQRCode, "QR code of your two-factor key, for your authenticator app"),
      );
      section.querySelector("#tf-secret").textContent = secret.match(/.{1,4}/g)?.join(" ") ?? "";
      section.querySelector("#tf-open-app").href = enrolment.totpURI;
      showPart("setup", section.querySelector("#tf-setup-heading"));
    }),
  );

  confirmForm.addEventListener("submit", (event) =>
    run(event, confirmForm, { code: "Enter the 6-digit code your app shows." }, "Confirming…", async () => {
      const result = await confirmEnrolment(confirmForm.elements.code.value.replace(/\s+/g, ""));
      // The server replaced the session (and its cookie): the old JWT belongs to the old one.
      signedIn({ jwt: result.jwt, signedInUser: result.user });
      confirmForm.reset();
      section.querySelector("#tf-qr").replaceChildren();
      section.querySelector("#tf-secret").textContent = "";
      showCodes(waitingCodes);
      waitingCodes = null;
      showPart("codes", section.querySelector("#tf-codes-heading"));
      announce("Two-factor sign-in is on. Save your backup codes now.", "success");
    }),
  );

  section.querySelector("#tf-confirm-cancel").addEventListener("click", () => {
    confirmForm.reset();
    clearFormErrors(confirmForm);
    waitingCodes = null;
    section.querySelector("#tf-qr").replaceChildren();
    section.querySelector("#tf-secret").textContent = "";
    showPart("off", section.querySelector("#two-factor-heading"));
  });

  newCodesForm.addEventListener("submit", (event) =>
    run(event, newCodesForm, { password: "Enter your password to make new codes." }, "Making codes…", async () => {
      const codes = await generateBackupCodes(newCodesForm.elements.password.value);
      newCodesForm.reset();
      showCodes(codes);
      showPart("codes", section.querySelector("#tf-codes-heading"));
      announce("New backup codes are made; the old ones no longer work.", "success");
    }),
  );

  disableForm.addEventListener("submit", (event) =>
    run(event, disableForm, { password: "Enter your password to turn it off." }, "Turning off…", async () => {
      const replaced = await disable(disableForm.elements.password.value);
      // The server replaced the session (and its cookie): the old JWT belongs to the old one.
      if (replaced.jwt) signedIn({ jwt: replaced.jwt, signedInUser: currentUser() });
      disableForm.reset();
      showPart("off", section.querySelector("#two-factor-heading"));
      announce("Two-factor sign-in is off.", "success");
    }),
  );

  return {
    /** Shows the section for the user the page loaded, unless an enrolment or new codes are on show. */
    show(user) {
      if (shown === "setup" || shown === "codes") return;
      if (user.twoFactorEnabled) showOn(null);
      else showPart("off", null);
    },
    /** The trusted devices again (after a change of password may have forgotten them). */
    refresh() {
      if (shown === "on") loadDevices();
    },
  };
}

/** Checks the required fields, marks the form and its button busy, and puts a failure next to the form. */
async function run(event, form, required, busyWords, action) {
  event.preventDefault();
  if (isBusy(form)) return;
  clearFormErrors(form);
  if (!requireFields(form, required)) return;
  const button = form.querySelector('button[type="submit"]');
  const words = button.textContent;
  setBusy(form, true);
  button.textContent = busyWords;
  clearNotice();
  try {
    await action();
  } catch (error) {
    place(form, error);
  } finally {
    setBusy(form, false);
    button.textContent = words;
  }
}

function place(form, error) {
  if (error instanceof SessionEndedError) {
    report(error);
    return;
  }
  const field = form.elements.password ?? form.elements.code;
  if (error instanceof ApiError && error.code === "INVALID_PASSWORD") {
    showFieldError(field, "That is not your password.");
  } else if (error instanceof ApiError && error.code === "INVALID_CODE") {
    showFieldError(field, "That code is not right. Enter the code the app shows now; it changes every 30 seconds.");
  } else {
    showFormError(form, explain(error, { typed: true }));
  }
  field.focus();
}
