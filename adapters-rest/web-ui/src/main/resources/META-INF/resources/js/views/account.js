/**
 * The account page: the name, the email (with whether it is confirmed, a change that the new address
 * confirms and one that still waits for it), the password, two-factor sign-in, passkeys, downloading one's
 * data, and deleting the account, which says what is lost and asks for the password.
 */

import {
  changeEmail,
  changePassword,
  deleteAccount,
  fetchCurrentUser,
  listSessions,
  updateName,
} from "../auth-api.js";
import { USER_CHANGED_EVENT, currentUser, forget, isSignedIn, setUser } from "../credentials.js";
import { tellSignedOut } from "../session-sync.js";
import { report } from "../errors.js";
import { clearErrorsOnInput, clearFormErrors, isBusy, setBusy, showFieldError } from "../fields.js";
import { ApiError } from "../http.js";
import { announce, clearNotice } from "../notice.js";
import { navigate } from "../router.js";
import { fromTemplate } from "../dom.js";
import { addPasswordMeter } from "../password-meter.js";
import { addPasswordToggles } from "../password-toggle.js";
import { listTasks } from "../tasks-api.js";
import { placeAuthError, requireFields } from "./auth-form.js";
import { dataExportSection } from "./data-export.js";
import { passkeysSection } from "./passkeys.js";
import { pendingEmailSection } from "./pending-email.js";
import { twoFactorSection } from "./two-factor-settings.js";

export const title = "Your account";
export const requiresSession = true;

export function render(container) {
  container.append(fromTemplate("view-account"));
  addPasswordToggles(container);
  const profile = container.querySelector("#profile-form");
  const emailForm = container.querySelector("#email-form");
  const passwordForm = container.querySelector("#password-form");
  const deleteForm = container.querySelector("#delete-form");
  for (const form of [profile, emailForm, passwordForm, deleteForm]) clearErrorsOnInput(form);
  addPasswordMeter(passwordForm.elements.password, () => {
    const user = currentUser();
    return user ? { email: user.email, name: user.name ?? "" } : {};
  });
  const twoFactor = twoFactorSection(container.querySelector("#two-factor"));
  const passkeys = passkeysSection(container.querySelector("#passkeys"));
  const pendingEmail = pendingEmailSection(container.querySelector("#email-pending"));
  dataExportSection(container.querySelector("#data-export"));
  let active = true;

  function show(user) {
    profile.elements.name.value = user.name ?? "";
    showEmail(user);
    twoFactor.show(user);
    passkeys.show();
  }

  function showEmail(user) {
    container.querySelector("#account-email").textContent = user.email;
    container.querySelector("#account-verified").hidden = !user.emailVerified;
    container.querySelector("#account-unverified").hidden = Boolean(user.emailVerified);
    pendingEmail.refresh();
  }

  // the email confirmed or changed in another tab: what the server now says, without touching the forms
  const userChanged = () => {
    const user = currentUser();
    if (active && user) showEmail(user);
  };
  document.addEventListener(USER_CHANGED_EVENT, userChanged);

  async function load() {
    try {
      const user = await fetchCurrentUser();
      if (!active) return;
      setUser({ id: user.id, name: user.name, email: user.email, emailVerified: user.emailVerified });
      show(user);
      const [tasks, sessions] = await Promise.all([listTasks(), listSessions()]);
      if (!active) return;
      container.querySelector("#delete-warning").textContent =
        `This deletes your account, ${count(tasks.length, "task")} and ${count(sessions.length, "signed-in session")} ` +
        "at once. It cannot be undone.";
      container.querySelector("#delete-confirm-label").textContent =
        tasks.length > 0
          ? `I understand that my ${count(tasks.length, "task")} ${tasks.length === 1 ? "is" : "are"} lost for good`
          : "I understand that my account is gone for good";
    } catch (error) {
      if (active) report(error);
    }
  }

  profile.addEventListener("submit", (event) =>
    submit(event, profile, { name: "Enter your name." }, "Saving…", async () => {
      const name = profile.elements.name.value.trim();
      await updateName(name);
      await load();
      announce("Your name is saved.", "success");
    }),
  );

  emailForm.addEventListener("submit", (event) =>
    submit(event, emailForm, { email: "Enter the new email." }, "Sending the link…", async () => {
      const email = emailForm.elements.email.value.trim();
      await changeEmail(email);
      emailForm.elements.email.value = "";
      pendingEmail.refresh();
      announce(`We mailed a link to ${email}. Your email changes when you open it.`, "success");
    }),
  );

  passwordForm.addEventListener("submit", (event) =>
    submit(
      event,
      passwordForm,
      { current: "Enter your current password.", password: "Enter a new password." },
      "Changing…",
      async () => {
        await changePassword(
          passwordForm.elements.current.value,
          passwordForm.elements.password.value,
          passwordForm.elements.revokeOthers.checked,
        );
        const others = passwordForm.elements.revokeOthers.checked;
        passwordForm.reset();
        passwordForm.elements.revokeOthers.checked = true;
        // signing out every other device also forgets the trusted ones
        if (others) twoFactor.refresh();
        announce(
          others
            ? "Your password is changed, and every other device is signed out."
            : "Your password is changed.",
          "success",
        );
      },
    ),
  );

  deleteForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (isBusy(deleteForm)) return;
    clearFormErrors(deleteForm);
    const confirm = deleteForm.elements.confirm;
    if (!confirm.checked) showFieldError(confirm, "Tick this box to confirm.");
    if (!requireFields(deleteForm, { password: "Enter your password to confirm." })) return;
    setBusy(deleteForm, true, "Deleting…");
    clearNotice();
    try {
      await deleteAccount(deleteForm.elements.password.value);
      forget();
      tellSignedOut();
      navigate("sign-in", {
        notice: { message: "Your account and all its tasks are deleted. Goodbye.", kind: "success" },
      });
    } catch (error) {
      placeError(deleteForm, error, "password");
    } finally {
      setBusy(deleteForm, false);
    }
  });

  async function submit(event, form, required, busyWords, action) {
    event.preventDefault();
    if (isBusy(form)) return;
    clearFormErrors(form);
    if (!requireFields(form, required)) return;
    setBusy(form, true, busyWords);
    clearNotice();
    try {
      await action();
    } catch (error) {
      placeError(form, error);
    } finally {
      setBusy(form, false);
    }
  }

  load();
  return () => {
    active = false;
    document.removeEventListener(USER_CHANGED_EVENT, userChanged);
  };
}

/** A refused field goes next to the field; a wrong password next to the password field of that form. */
function placeError(form, error, passwordField) {
  if (error instanceof ApiError && error.code === "INVALID_PASSWORD" && passwordField) {
    showFieldError(form.elements[passwordField], "That is not your password.");
    form.elements[passwordField].focus();
    return;
  }
  if (error instanceof ApiError && error.code === "VALIDATION_ERROR" && form.elements.name) {
    showFieldError(form.elements.name, error.message);
    form.elements.name.focus();
    return;
  }
  if (!isSignedIn()) {
    report(error, { typed: true });
    return;
  }
  placeAuthError(form, error);
}

function count(n, noun) {
  return `${n === 0 ? "no" : n} ${noun}${n === 1 ? "" : "s"}`;
}
