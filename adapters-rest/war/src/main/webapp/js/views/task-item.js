/**
 * One task in the list: toggle, inline edit and delete. It talks to the task API itself and tells its
 * owner (the list) what happened: `changed(task, message)`, `removed(task, message)`, `failed(item, error)`.
 */

import { ApiError } from "../http.js";
import { deleteTask, updateTask } from "../tasks-api.js";
import { fromTemplate } from "../dom.js";
import { EMPTY_TITLE, taskFieldOf } from "../messages.js";
import {
  clearErrorsOnInput,
  clearFormErrors,
  isBusy,
  setBusy,
  showFieldError,
} from "../fields.js";

export class TaskItem {
  constructor(task, owner) {
    this.owner = owner;
    this.form = null;
    this.element = fromTemplate("task-item");
    this.view = this.element.querySelector(".task__view");
    this.toggle = this.element.querySelector('[data-testid="task-toggle"]');
    this.titleLabel = this.element.querySelector('[data-testid="task-title"]');
    this.description = this.element.querySelector('[data-testid="task-description"]');
    this.editButton = this.element.querySelector('[data-testid="task-edit"]');
    this.deleteButton = this.element.querySelector('[data-testid="task-delete"]');

    this.toggle.addEventListener("change", () => this.saveCompleted(this.toggle.checked));
    this.editButton.addEventListener("click", () => this.startEditing());
    this.deleteButton.addEventListener("click", () => this.remove());
    this.update(task);
  }

  update(task) {
    this.task = task;
    const checkboxId = `task-${task.id}-done`;
    this.element.dataset.taskId = String(task.id);
    this.element.dataset.completed = String(task.completed);
    this.element.classList.toggle("task--done", task.completed);
    this.toggle.id = checkboxId;
    this.toggle.checked = task.completed;
    this.titleLabel.htmlFor = checkboxId;
    this.titleLabel.textContent = task.title;
    this.description.textContent = task.description ?? "";
    this.description.hidden = !task.description;
    this.editButton.setAttribute("aria-label", `Edit “${task.title}”`);
    this.deleteButton.setAttribute("aria-label", `Delete “${task.title}”`);
  }

  get busy() {
    return this.element.getAttribute("aria-busy") === "true";
  }

  set busy(value) {
    this.element.setAttribute("aria-busy", String(value));
  }

  async saveCompleted(completed) {
    if (this.busy) {
      this.toggle.checked = !completed;
      return;
    }
    this.busy = true;
    try {
      const task = await updateTask(this.task.id, { completed });
      const state = task.completed ? "completed" : "pending";
      this.owner.changed(task, `Marked “${task.title}” as ${state}.`);
    } catch (error) {
      this.toggle.checked = this.task.completed;
      this.owner.failed(this, error);
    } finally {
      this.busy = false;
    }
  }

  async remove() {
    if (this.busy) return;
    this.busy = true;
    try {
      await deleteTask(this.task.id);
      this.owner.removed(this.task, `Deleted “${this.task.title}”.`);
    } catch (error) {
      this.owner.failed(this, error);
    } finally {
      this.busy = false;
    }
  }

  startEditing() {
    if (this.form) return;
    const form = fromTemplate("task-edit-form");
    const prefix = `task-${this.task.id}-edit`;
    for (const name of ["title", "description"]) {
      const field = form.elements[name];
      field.id = `${prefix}-${name}`;
      form.querySelector(`[data-label-for="${name}"]`).htmlFor = field.id;
      form.querySelector(`[data-error-for="${name}"]`).id = `${field.id}-error`;
    }
    form.setAttribute("aria-label", `Edit “${this.task.title}”`);
    form.elements.title.value = this.task.title;
    form.elements.description.value = this.task.description ?? "";
    clearErrorsOnInput(form);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.saveEdits();
    });
    form.querySelector('[data-testid="task-cancel"]').addEventListener("click", () => this.stopEditing());
    form.addEventListener("keydown", (event) => {
      if (event.key === "Escape") this.stopEditing();
    });

    this.form = form;
    this.view.hidden = true;
    this.element.classList.add("task--editing");
    this.element.append(form);
    form.elements.title.focus();
  }

  stopEditing() {
    if (!this.form) return;
    this.form.remove();
    this.form = null;
    this.view.hidden = false;
    this.element.classList.remove("task--editing");
    this.editButton.focus();
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
    setBusy(form, true);
    try {
      const task = await updateTask(this.task.id, { title, description: typed.trim() ? typed : null });
      this.update(task);
      this.stopEditing();
      this.owner.changed(task, `Saved “${task.title}”.`);
    } catch (error) {
      const field = error instanceof ApiError && error.status === 400 ? taskFieldOf(error.message) : null;
      if (field) {
        showFieldError(form.elements[field], error.message);
        form.elements[field].focus();
      } else {
        this.owner.failed(this, error);
      }
    } finally {
      setBusy(form, false);
    }
  }
}
