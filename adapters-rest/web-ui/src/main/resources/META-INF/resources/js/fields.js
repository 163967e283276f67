/**
 * Errors shown next to the field they belong to. A field's error element is `#<field id>-error`; showing
 * it sets aria-invalid on the field and adds the error to its aria-describedby, so assistive technology
 * reads the error with the field. Nothing here ever touches what the person typed.
 */

function errorElementFor(field) {
  return document.getElementById(`${field.id}-error`);
}

export function showFieldError(field, message) {
  const error = errorElementFor(field);
  error.textContent = message;
  error.hidden = false;
  field.setAttribute("aria-invalid", "true");
  const describedBy = new Set((field.getAttribute("aria-describedby") ?? "").split(/\s+/));
  describedBy.delete("");
  describedBy.add(error.id);
  field.setAttribute("aria-describedby", [...describedBy].join(" "));
}

export function clearFieldError(field) {
  const error = errorElementFor(field);
  if (!error) return;
  error.textContent = "";
  error.hidden = true;
  field.removeAttribute("aria-invalid");
  const rest = (field.getAttribute("aria-describedby") ?? "")
    .split(/\s+/)
    .filter((id) => id && id !== error.id);
  if (rest.length) field.setAttribute("aria-describedby", rest.join(" "));
  else field.removeAttribute("aria-describedby");
}

/** A message about the whole form (e.g. wrong email or password), shown above its submit button. */
export function showFormError(form, message) {
  const error = form.querySelector(".form-error");
  error.textContent = message;
  error.hidden = false;
}

export function clearFormErrors(form) {
  for (const field of form.querySelectorAll("input, textarea")) clearFieldError(field);
  const error = form.querySelector(".form-error");
  if (error) {
    error.textContent = "";
    error.hidden = true;
  }
}

export function focusFirstInvalid(form) {
  const field = form.querySelector('[aria-invalid="true"]');
  if (field) field.focus();
  return field !== null;
}

/** Clears a field's error as soon as the person changes that field. */
export function clearErrorsOnInput(form) {
  form.addEventListener("input", (event) => {
    if (event.target.matches("input, textarea")) clearFieldError(event.target);
  });
}

/**
 * Marks a form as working, so a second Enter does not send it twice. With `words` ("Saving…") its submit
 * button says them, is disabled and `aria-busy` until the form is idle again; focus that the disabled
 * button lost returns to it then.
 */
export function setBusy(form, busy, words = null) {
  const button = form.querySelector('button[type="submit"]');
  if (busy) {
    form.setAttribute("aria-busy", "true");
    if (words && button) showButtonBusy(button, words);
  } else {
    form.removeAttribute("aria-busy");
    if (button?.dataset.idleWords !== undefined) showButtonIdle(button);
  }
}

function showButtonBusy(button, words) {
  button.dataset.idleWords = button.textContent;
  button.dataset.hadFocus = String(document.activeElement === button);
  button.textContent = words;
  button.setAttribute("aria-busy", "true");
  button.disabled = true;
}

function showButtonIdle(button) {
  button.textContent = button.dataset.idleWords;
  button.removeAttribute("aria-busy");
  button.disabled = false;
  const focusLost = !document.activeElement || document.activeElement === document.body;
  if (button.dataset.hadFocus === "true" && focusLost && button.isConnected) button.focus();
  delete button.dataset.idleWords;
  delete button.dataset.hadFocus;
}

export function isBusy(form) {
  return form.getAttribute("aria-busy") === "true";
}
