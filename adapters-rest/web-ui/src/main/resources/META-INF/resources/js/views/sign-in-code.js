/**
 * The second step of signing in to an account with two-factor on: a code from the authenticator app,
 * a backup code, or a code mailed on request. The challenge lives in the server's HttpOnly cookie; when
 * it is gone or used up the person is sent back to the password step, saying why.
 */

import { answerChallenge, mailChallengeCode } from "../two-factor-api.js";
import { explain } from "../errors.js";
import { clearErrorsOnInput, clearFormErrors, isBusy, setBusy, showFieldError, showFormError } from "../fields.js";
import { ApiError } from "../http.js";
import { announce, clearNotice } from "../notice.js";
import { fromTemplate } from "../dom.js";

/** What the field asks for in each kind of code. */
const KINDS = {
  totp: {
    lead: "Enter the code from your authenticator app.",
    label: "Code from your authenticator app",
    hint: "6 digits. The app shows a new one every 30 seconds.",
    inputmode: "numeric",
    autocomplete: "one-time-code",
    missing: "Enter the 6-digit code from your authenticator app.",
  },
  backup: {
    lead: "Enter one of the backup codes you saved when you turned on two-factor sign-in.",
    label: "Backup code",
    hint: "Like ABCDE-12345. Each backup code works once.",
    inputmode: "text",
    autocomplete: "off",
    missing: "Enter one of your backup codes.",
  },
  otp: {
    lead: "We mailed a 6-digit code to the address of your account. It works for 3 minutes.",
    label: "Code from the email",
    hint: "Only the newest code we mailed works.",
    inputmode: "numeric",
    autocomplete: "one-time-code",
    missing: "Enter the 6-digit code from the email.",
  },
};

/** Why the challenge is over, in words for the password step. */
const ENDED = {
  INVALID_TWO_FACTOR_COOKIE:
    "Your sign-in waited too long for a code, or was finished in another tab. Please enter your password again.",
  TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE:
    "Too many wrong codes: for your safety that sign-in has ended. Please enter your password again.",
};

/**
 * Shows the code step in `container`. `onSignedIn(result)` gets {jwt, user}; `onStartOver(error)`
 * returns to the password step, with the reason when the challenge ended.
 */
export function showCodeStep(container, { onSignedIn, onStartOver }) {
  container.replaceChildren(fromTemplate("view-sign-in-code"));
  const form = container.querySelector("#code-form");
  const field = form.elements.code;
  const sendEmail = container.querySelector("#code-send-email");
  let kind = "totp";
  clearErrorsOnInput(form);

  function use(next) {
    kind = next;
    const words = KINDS[kind];
    clearFormErrors(form);
    field.value = "";
    field.inputMode = words.inputmode;
    field.autocomplete = words.autocomplete;
    container.querySelector("#code-lead").textContent = words.lead;
    container.querySelector("#code-label").textContent = words.label;
    container.querySelector("#code-hint").textContent = words.hint;
    container.querySelector("#code-use-app").hidden = kind === "totp";
    container.querySelector("#code-use-backup").hidden = kind === "backup";
    sendEmail.textContent = kind === "otp" ? "Email me a new code" : "Email me a code";
    field.focus();
  }

  container.querySelector("#code-use-app").addEventListener("click", () => use("totp"));
  container.querySelector("#code-use-backup").addEventListener("click", () => use("backup"));
  container.querySelector("#code-start-over").addEventListener("click", () => onStartOver(null));

  sendEmail.addEventListener("click", async () => {
    if (sendEmail.getAttribute("aria-busy") === "true") return;
    const label = sendEmail.textContent;
    sendEmail.setAttribute("aria-busy", "true");
    sendEmail.textContent = "Sending…";
    clearFormErrors(form);
    try {
      await mailChallengeCode();
      use("otp");
      announce("We mailed you a sign-in code.", "success");
    } catch (error) {
      sendEmail.textContent = label;
      placeError(error);
    } finally {
      sendEmail.removeAttribute("aria-busy");
    }
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (isBusy(form)) return;
    clearFormErrors(form);
    const code = kind === "backup" ? field.value.trim() : field.value.replace(/\s+/g, "");
    if (!code) {
      showFieldError(field, KINDS[kind].missing);
      field.focus();
      return;
    }
    const submit = form.querySelector("#code-submit");
    setBusy(form, true);
    submit.textContent = "Checking…";
    clearNotice();
    try {
      onSignedIn(await answerChallenge(kind, code, form.elements.trustDevice.checked));
    } catch (error) {
      placeError(error);
    } finally {
      setBusy(form, false);
      submit.textContent = "Sign in";
    }
  });

  /** A wrong code goes next to the field; an ended challenge back to the password step. */
  function placeError(error) {
    const code = error instanceof ApiError ? error.code : null;
    if (ENDED[code]) {
      onStartOver(ENDED[code]);
      return;
    }
    const wrong = {
      INVALID_CODE:
        kind === "otp"
          ? "That code is not right. Check the newest email from taskguard."
          : "That code is not right. Check the app and enter the code it shows now.",
      INVALID_BACKUP_CODE: "That backup code is not right, or it was used before. Each one works once.",
      OTP_HAS_EXPIRED: "That emailed code has expired or was replaced. Choose “Email me a new code”.",
    }[code];
    if (wrong) {
      showFieldError(field, wrong);
      field.focus();
      field.select();
      return;
    }
    showFormError(form, explain(error, { typed: true }));
    field.focus();
  }

  field.focus();
}
