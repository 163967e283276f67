/**
 * One task in the list: complete (the checkbox only), edit (the title or the Edit button), delete with
 * an undo. It talks to the task API itself, says what happened next to the task, and tells its owner
 * (the list): `changed(task, message)`, `removed(task)`, `failed(item, error, action)`,
 * `editing(item)` (may this item open its editor?), `editDone(item)` and `recount()` (a deletion
 * began or was undone).
 */

import { ApiError } from "../http.js";
import { deleteTask, updateTask } from "../tasks-api.js";
import { fromTemplate } from "../dom.js";
import { EMPTY_TITLE, INVALID_DUE_DATE, taskFieldOf } from "../messages.js";
import { isOverdue } from "./task-filter.js";
import { announceOnly } from "../notice.js";
import { UNDO_SECONDS, cancel, schedule } from "../pending-deletes.js";
import {
  clearErrorsOnInput,
  clearFormErrors,
  isBusy,
  setBusy,
  showFieldError,
} from "../fields.js";

/** Descriptions longer than this, or of more lines, are shown shortened with "Show more". */
const LONG_DESCRIPTION = { characters: 240, lines: 4 };
const FEEDBACK_MS = 6000;

/** Each item's title text, watched for size changes that may make it fit in two lines or not. */
const ITEMS_BY_TITLE = new WeakMap();
const TITLE_SIZES =
  typeof ResizeObserver === "function"
    ? new ResizeObserver((entries) => entries.forEach((entry) => ITEMS_BY_TITLE.get(entry.target)?.measureTitle()))
    : null;
const DAY_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" });

/** A YYYY-MM-DD day in the reader's words, e.g. "Dec 24, 2026" (the day itself, in no time zone). */
function formatDay(day) {
  const [year, month, date] = day.split("-").map(Number);
  const at = new Date(Date.UTC(2000, month - 1, date));
  at.setUTCFullYear(year);
  return DAY_FORMAT.format(at);
}

export class TaskItem {
  constructor(task, owner) {
    this.owner = owner;
    this.form = null;
    this.deleting = false;
    this.feedbackTimer = null;
    this.element = fromTemplate("task-item");
    this.view = this.element.querySelector(".task__view");
    this.toggle = this.element.querySelector('[data-testid="task-toggle"]');
    this.titleButton = this.element.querySelector('[data-testid="task-title"]');
    this.titleText = this.titleButton.querySelector(".task__title-text");
    this.longTitle = false;
    this.longDescription = false;
    this.description = this.element.querySelector('[data-testid="task-description"]');
    this.due = this.element.querySelector('[data-testid="task-due"]');
    this.more = this.element.querySelector('[data-testid="task-more"]');
    this.editButton = this.element.querySelector('[data-testid="task-edit"]');
    this.deleteButton = this.element.querySelector('[data-testid="task-delete"]');
    this.deletedNote = this.element.querySelector('[data-testid="task-deleted"]');
    this.undoButton = this.element.querySelector('[data-testid="task-undo"]');
    this.feedback = this.element.querySelector('[data-testid="task-feedback"]');

    this.toggle.addEventListener("change", () => this.saveCompleted(this.toggle.checked));
    this.titleButton.addEventListener("click", () => this.startEditing());
    this.editButton.addEventListener("click", () => this.startEditing());
    this.deleteButton.addEventListener("click", () => this.remove());
    this.undoButton.addEventListener("click", () => this.undoRemove());
    this.more.addEventListener("click", () => this.expandDescription(this.more.ariaExpanded !== "true"));
    this.update(task);
    TITLE_SIZES?.observe(this.titleText);
    ITEMS_BY_TITLE.set(this.titleText, this);
  }

  /**
   * Whether the title needs more than its two lines, measured while it is shortened (and again
   * whenever its size changes: another width, the editor closing), so "Show more" offers it whole.
   */
  measureTitle() {
    if (this.more.getAttribute("aria-expanded") === "true" || this.view.hidden) return;
    const long = this.titleText.scrollHeight > this.titleText.clientHeight + 1;
    if (long === this.longTitle) return;
    this.longTitle = long;
    this.expandDescription(false);
  }

  update(task) {
    const expanded =
      this.more.getAttribute("aria-expanded") === "true" &&
      this.task?.description === task.description &&
      this.task?.title === task.title;
    this.task = task;
    const titleId = `task-${task.id}-title`;
    this.element.dataset.taskId = String(task.id);
    this.element.dataset.completed = String(task.completed);
    this.element.classList.toggle("task--done", task.completed);
    this.titleButton.id = titleId;
    this.titleText.textContent = task.title;
    this.toggle.id = `task-${task.id}-done`;
    this.toggle.checked = task.completed;
    this.toggle.setAttribute("aria-labelledby", titleId);
    this.feedback.id = `task-${task.id}-feedback`;
    this.toggle.setAttribute("aria-describedby", this.feedback.id);
    this.showDue(task);
    const text = task.description ?? "";
    this.description.textContent = text;
    this.description.hidden = !text;
    this.longDescription =
      text.length > LONG_DESCRIPTION.characters || text.split("\n").length > LONG_DESCRIPTION.lines;
    this.description.id = `task-${task.id}-description`;
    this.more.setAttribute("aria-controls", `${titleId} ${this.description.id}`);
    // A change of the text shortens it again; completing the task leaves it as it was.
    this.expandDescription(expanded);
    this.editButton.setAttribute("aria-label", `Edit “${task.title}”`);
    this.deleteButton.setAttribute("aria-label", `Delete “${task.title}”`);
  }

  /** "Due 24 Dec 2026", or "Overdue: due 6 Dec 2026" in words when it is past and not done. */
  showDue(task) {
    this.due.hidden = !task.due_date;
    if (!task.due_date) return;
    const overdue = isOverdue(task);
    this.due.textContent = `${overdue ? "Overdue: due" : "Due"} ${formatDay(task.due_date)}`;
    this.due.dataset.due = task.due_date;
    this.due.classList.toggle("task__due--overdue", overdue);
  }

  /** Shows the whole title and description, or both shortened again ("Show more" / "Show less"). */
  expandDescription(expanded) {
    this.more.hidden = !(this.longTitle || this.longDescription);
    const whole = !this.more.hidden && expanded;
    this.titleButton.classList.toggle("task__title--short", !whole);
    this.description.classList.toggle("task__description--short", this.longDescription && !whole);
    this.more.setAttribute("aria-expanded", String(whole));
    this.more.textContent = whole ? "Show less" : "Show more";
  }

  get busy() {
    return this.element.getAttribute("aria-busy") === "true";
  }

  set busy(value) {
    this.element.setAttribute("aria-busy", String(value));
  }

  /** Says something next to the task (and to screen readers through the hidden announcer). */
  say(message, kind = "success", { lasting = false } = {}) {
    clearTimeout(this.feedbackTimer);
    this.feedback.textContent = message;
    this.feedback.dataset.kind = kind;
    this.feedback.hidden = false;
    if (kind !== "busy") announceOnly(message);
    if (!lasting && kind !== "busy") {
      this.feedbackTimer = setTimeout(() => this.quiet(), FEEDBACK_MS);
    }
  }

  quiet() {
    clearTimeout(this.feedbackTimer);
    this.feedback.hidden = true;
    this.feedback.textContent = "";
    delete this.feedback.dataset.kind;
  }

  async saveCompleted(completed) {
    if (this.busy) {
      this.toggle.checked = !completed;
      return;
    }
    this.busy = true;
    this.say(completed ? "Marking as done…" : "Marking as pending…", "busy");
    try {
      const task = await updateTask(this.task.id, { completed });
      const state = task.completed ? "done" : "pending";
      this.busy = false;
      this.owner.changed(task, `Marked “${task.title}” as ${state}.`, this);
    } catch (error) {
      this.busy = false;
      this.toggle.checked = this.task.completed;
      this.owner.failed(this, error, `mark “${this.task.title}” as ${completed ? "done" : "pending"}`);
    }
  }

  /**
   * Deleting shows "Deleted … Undo" in the task's own place (so nothing moves under the pointer) and
   * sends the deletion after a few seconds unless undone.
   */
  remove() {
    if (this.busy || this.deleting) return;
    if (this.form) this.closeEditor();
    // Same height as before: the rows below stay where the pointer last saw them.
    this.element.style.minHeight = `${this.element.getBoundingClientRect().height}px`;
    this.deleting = true;
    this.quiet();
    this.element.dataset.testid = "task-deleted-item";
    this.element.classList.add("task--deleted");
    this.view.hidden = true;
    this.deletedNote.querySelector(".task__deleted-text").textContent = `Deleted “${this.task.title}”.`;
    this.deletedNote.hidden = false;
    this.undoButton.setAttribute("aria-label", `Undo deleting “${this.task.title}”`);
    this.undoButton.focus();
    announceOnly(`Deleted “${this.task.title}”. Undo is possible for ${UNDO_SECONDS} seconds.`);
    schedule(this.task.id, () => this.sendDelete());
    this.owner.recount();
  }

  undoRemove() {
    if (!cancel(this.task.id)) return;
    this.restore();
    this.toggle.focus();
    this.say(`Kept “${this.task.title}”.`);
  }

  restore() {
    this.deleting = false;
    this.element.dataset.testid = "task-item";
    this.element.classList.remove("task--deleted");
    this.element.style.minHeight = "";
    this.deletedNote.hidden = true;
    this.view.hidden = false;
    this.owner.recount();
  }

  async sendDelete() {
    this.undoButton.disabled = true;
    try {
      await deleteTask(this.task.id);
      this.owner.removed(this.task);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        this.owner.removed(this.task);
        return;
      }
      this.restore();
      this.owner.failed(this, error, `delete “${this.task.title}”`);
    } finally {
      this.undoButton.disabled = false;
    }
  }

  /** Opens the editor on the saved task, or on `fields` ({title, description}) typed earlier. */
  startEditing(fields = null) {
    if (this.form || this.deleting || !this.owner.editing(this)) return;
    const form = fromTemplate("task-edit-form");
    const prefix = `task-${this.task.id}-edit`;
    for (const name of ["title", "description", "due_date"]) {
      const field = form.elements[name];
      field.id = `${prefix}-${name}`;
      form.querySelector(`[data-label-for="${name}"]`).htmlFor = field.id;
      form.querySelector(`[data-error-for="${name}"]`).id = `${field.id}-error`;
    }
    form.setAttribute("aria-label", `Edit “${this.task.title}”`);
    form.elements.title.value = this.task.title;
    form.elements.description.value = this.task.description ?? "";
    form.elements.due_date.value = this.task.due_date ?? "";
    if (fields) {
      form.elements.title.value = fields.title;
      form.elements.description.value = fields.description;
      form.elements.due_date.value = fields.due_date ?? "";
    }
    clearErrorsOnInput(form);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.saveEdits();
    });
    form.querySelector('[data-testid="task-cancel"]').addEventListener("click", () => this.stopEditing());
    form.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.preventDefault();
        this.askToStopEditing();
      }
    });

    this.form = form;
    this.quiet();
    this.view.hidden = true;
    this.element.classList.add("task--editing");
    this.feedback.before(form);
    form.elements.title.focus();
  }

  /** What the open editor holds, or null when it is closed. */
  get edits() {
    if (!this.form) return null;
    const { title, description, due_date: due } = this.form.elements;
    return { title: title.value, description: description.value, due_date: due.value };
  }

  /** True when the editor holds something other than the saved task. */
  get hasChanges() {
    if (!this.form) return false;
    const { title, description, due_date: due } = this.form.elements;
    return (
      title.value !== this.task.title ||
      description.value !== (this.task.description ?? "") ||
      due.value !== (this.task.due_date ?? "")
    );
  }

  /**
   * Closes the editor, first asking whether to drop what was typed if anything was. Returns whether
   * the editor is closed.
   */
  askToStopEditing() {
    if (!this.form) return true;
    if (this.hasChanges && !window.confirm(`Discard your changes to “${this.task.title}”?`)) return false;
    this.stopEditing();
    return true;
  }

  stopEditing() {
    if (!this.form) return;
    this.closeEditor();
    this.editButton.focus();
  }

  closeEditor() {
    this.form.remove();
    this.form = null;
    this.view.hidden = false;
    this.element.classList.remove("task--editing");
    this.owner.editDone(this);
  }

  async saveEdits() {
    const form = this.form;
    if (isBusy(form)) return;
    clearFormErrors(form);
    const title = form.elements.title.value.trim();
    if (!title) {
      showFieldError(form.elements.title, EMPTY_TITLE);
      form.elements.title.focus();
      return;
    }
    const typed = form.elements.description.value;
    const dueField = form.elements.due_date;
    if (dueField.validity.badInput) {
      showFieldError(dueField, INVALID_DUE_DATE);
      dueField.focus();
      return;
    }
    const save = form.querySelector('[data-testid="task-save"]');
    setBusy(form, true);
    save.textContent = "Saving…";
    try {
      const task = await updateTask(this.task.id, {
        title,
        description: typed.trim() ? typed : null,
        due_date: dueField.value || null,
      });
      this.update(task);
      this.stopEditing();
      this.owner.changed(task, `Saved “${task.title}”.`, this);
    } catch (error) {
      const field = error instanceof ApiError && error.status === 400 ? taskFieldOf(error.message) : null;
      if (field) {
        showFieldError(form.elements[field], error.message);
        form.elements[field].focus();
      } else {
        this.owner.failed(this, error, `save “${this.task.title}”`, { typed: true });
      }
    } finally {
      setBusy(form, false);
      save.textContent = "Save";
    }
  }
}
