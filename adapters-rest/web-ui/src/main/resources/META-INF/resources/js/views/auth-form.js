/** What sign-in and sign-up share: checking required fields and placing the server's errors. */

import { ApiError } from "../http.js";
import { AUTH_ERRORS } from "../messages.js";
import { report } from "../errors.js";
import { focusFirstInvalid, showFieldError, showFormError } from "../fields.js";

/** Shows "required" errors for empty fields; true when every field has a value. */
export function requireFields(form, requirements) {
  for (const [name, message] of Object.entries(requirements)) {
    const field = form.elements[name];
    const value = field.type === "password" ? field.value : field.value.trim();
    if (!value) showFieldError(field, message);
  }
  return !focusFirstInvalid(form);
}

/**
 * Puts a failed sign-in or sign-up where it belongs: next to its field, at the form, or in the notice
 * line. The typed values are left as they are.
 */
export function placeAuthError(form, error) {
  const known = error instanceof ApiError ? AUTH_ERRORS[error.code] : undefined;
  if (!known) {
    report(error, { typed: true });
    return;
  }
  const field = known.field ? form.elements[known.field] : null;
  if (field) {
    showFieldError(field, known.message);
    field.focus();
  } else {
    showFormError(form, known.message);
    form.elements.password?.focus();
  }
}
