/**
 * The "Add a task" form: a title and its button in one row, the description and due date behind
 * "Add a description or a due date" so that the list starts high on the screen. A failed save keeps what was typed in the fields; if it failed because the
 * session ended, the draft is kept in memory (never in storage) and put back once the same person has
 * signed in again in this tab.
 */

import { ApiError, SessionEndedError } from "../http.js";
import { createTask } from "../tasks-api.js";
import { keepDraft, takeDraft } from "../drafts.js";
import { report } from "../errors.js";
import { EMPTY_TITLE, INVALID_DUE_DATE, taskFieldOf } from "../messages.js";
import {
  clearErrorsOnInput,
  clearFormErrors,
  isBusy,
  setBusy,
  showFieldError,
} from "../fields.js";

const DRAFT = "new-task";

/** Wires the form; `added(task)` is called with each task the server created. */
export function wireNewTaskForm(form, added) {
  const titleField = form.elements.title;
  const descriptionField = form.elements.description;
  const dueField = form.elements.due_date;
  const more = form.querySelector("#new-task-more");
  const details = form.querySelector("#new-task-details");
  const showDetails = (shown) => {
    details.hidden = !shown;
    more.setAttribute("aria-expanded", String(shown));
  };
  more.addEventListener("click", () => {
    const shown = details.hidden;
    showDetails(shown);
    if (shown) descriptionField.focus();
  });
  clearErrorsOnInput(form);
  restoreDraft(titleField, descriptionField, dueField);
  if (descriptionField.value || dueField.value) showDetails(true);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (isBusy(form)) return;
    clearFormErrors(form);
    const title = titleField.value.trim();
    if (!title) {
      showFieldError(titleField, EMPTY_TITLE);
      titleField.focus();
      return;
    }
    const typed = descriptionField.value;
    if (dueField.validity.badInput) {
      showFieldError(dueField, INVALID_DUE_DATE);
      dueField.focus();
      return;
    }
    setBusy(form, true);
    try {
      const task = await createTask({
        title,
        description: typed.trim() ? typed : null,
        due_date: dueField.value || null,
      });
      form.reset();
      titleField.focus();
      added(task);
    } catch (error) {
      const field = error instanceof ApiError && error.status === 400 ? taskFieldOf(error.message) : null;
      if (field) {
        if (field !== "title") showDetails(true);
        showFieldError(form.elements[field], error.message);
        form.elements[field].focus();
        return;
      }
      if (error instanceof SessionEndedError) {
        keepDraft(DRAFT, { title: titleField.value, description: typed, due: dueField.value });
      }
      report(error, { typed: true });
    } finally {
      setBusy(form, false);
    }
  });
}

function restoreDraft(titleField, descriptionField, dueField) {
  const draft = takeDraft(DRAFT);
  if (!draft) return;
  titleField.value = draft.title;
  descriptionField.value = draft.description;
  dueField.value = draft.due ?? "";
}
