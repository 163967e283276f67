/**
 * One passkey in the account page's list: its name, when it was added and last used, "Rename" (an
 * inline field) and "Remove" (after an inline question). Failures are said in the item itself.
 */

import { removePasskey, renamePasskey } from "../passkey-api.js";
import { explain, report } from "../errors.js";
import { clearErrorsOnInput, clearFormErrors, isBusy, setBusy, showFieldError } from "../fields.js";
import { ApiError, SessionEndedError } from "../http.js";
import { announce } from "../notice.js";
import { fromTemplate, timeElement } from "../dom.js";

/** The list item of `passkey`; once it is removed, `onRemoved(next)` gets the item now in its place, or null. */
export function passkeyItem(passkey, { onRemoved }) {
  const item = fromTemplate("passkey-item");
  item.dataset.passkeyId = passkey.id;
  const nameText = item.querySelector('[data-testid="passkey-name"]');
  const actions = item.querySelector('[data-part="actions"]');
  const renameButton = item.querySelector('[data-testid="passkey-rename"]');
  const removeButton = item.querySelector('[data-testid="passkey-remove"]');
  const form = item.querySelector('[data-testid="passkey-rename-form"]');
  const field = form.elements.name;
  const confirm = item.querySelector('[data-testid="passkey-confirm"]');
  const question = confirm.querySelector('[data-part="question"]');
  const error = item.querySelector('[data-testid="passkey-error"]');
  let name = passkey.name;

  field.id = `passkey-${passkey.id}-name`;
  form.querySelector('[data-label-for="name"]').htmlFor = field.id;
  form.querySelector('[data-error-for="name"]').id = `${field.id}-error`;
  item.querySelector('[data-field="createdAt"]').append(timeElement(passkey.createdAt));
  const lastUsed = item.querySelector('[data-field="lastUsedAt"]');
  if (passkey.lastUsedAt) lastUsed.append(timeElement(passkey.lastUsedAt));
  else lastUsed.textContent = "Never used";
  clearErrorsOnInput(form);
  showName();

  function showName() {
    nameText.textContent = name;
    renameButton.setAttribute("aria-label", `Rename ${name}`);
    removeButton.setAttribute("aria-label", `Remove ${name}`);
  }

  /** Shows the buttons, the rename form or the question, and nothing else of the three. */
  function showPart(part) {
    actions.hidden = part !== "actions";
    form.hidden = part !== "rename";
    confirm.hidden = part !== "confirm";
  }

  function say(failure) {
    if (failure instanceof SessionEndedError) {
      report(failure);
      return;
    }
    error.textContent =
      failure instanceof ApiError && failure.code === "PASSKEY_NOT_FOUND"
        ? "This passkey is no longer on your account: it was removed elsewhere. Reload the page to see your passkeys."
        : explain(failure);
    error.hidden = false;
  }

  renameButton.addEventListener("click", () => {
    error.hidden = true;
    clearFormErrors(form);
    field.value = name;
    showPart("rename");
    field.focus();
    field.select();
  });

  form.querySelector('[data-testid="passkey-cancel"]').addEventListener("click", () => {
    showPart("actions");
    renameButton.focus();
  });

  form.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    showPart("actions");
    renameButton.focus();
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (isBusy(form)) return;
    clearFormErrors(form);
    error.hidden = true;
    const wanted = field.value.trim();
    if (!wanted) {
      showFieldError(field, "Enter a name for the passkey.");
      field.focus();
      return;
    }
    const save = form.querySelector('[data-testid="passkey-save"]');
    setBusy(form, true);
    save.textContent = "Saving…";
    try {
      name = (await renamePasskey(passkey.id, wanted)).name;
      showName();
      showPart("actions");
      renameButton.focus();
      announce(`The passkey is now called “${name}”.`, "success");
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === "VALIDATION_ERROR") {
        showFieldError(field, "Use 1 to 100 characters, without line breaks or other control characters.");
        field.focus();
      } else {
        say(failure);
      }
    } finally {
      setBusy(form, false);
      save.textContent = "Save";
    }
  });

  removeButton.addEventListener("click", () => {
    error.hidden = true;
    question.textContent = `Remove “${name}”? You can then no longer sign in with it. Your device may keep it until you delete it there too.`;
    showPart("confirm");
    question.focus();
  });

  confirm.querySelector('[data-testid="passkey-keep"]').addEventListener("click", () => {
    showPart("actions");
    removeButton.focus();
  });

  const confirmRemove = confirm.querySelector('[data-testid="passkey-confirm-remove"]');
  confirmRemove.addEventListener("click", async () => {
    if (confirmRemove.getAttribute("aria-busy") === "true") return;
    confirmRemove.setAttribute("aria-busy", "true");
    confirmRemove.textContent = "Removing…";
    try {
      await removePasskey(passkey.id);
      const next = item.nextElementSibling ?? item.previousElementSibling;
      item.remove();
      onRemoved(next);
      announce(`The passkey “${name}” is removed: it no longer signs you in.`, "success");
    } catch (failure) {
      say(failure);
      showPart("actions");
      removeButton.focus();
    } finally {
      confirmRemove.removeAttribute("aria-busy");
      confirmRemove.textContent = "Remove it";
    }
  });

  return item;
}
