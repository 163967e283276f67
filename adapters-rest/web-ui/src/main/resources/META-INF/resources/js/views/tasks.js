/**
 * The task list: add, filter by status, search titles and descriptions, sort, page through with "Load more", clear
 * the completed tasks with an undo. Each task is a TaskItem; one of them at a time may be edited. An
 * editor open when the session ends is kept in memory and opened again, with what it held, once the
 * same person has signed in again.
 */

import { ApiError, SessionEndedError } from "../http.js";
import { deleteTask, getTask, listTaskPage, listTasks } from "../tasks-api.js";
import { SESSION_ENDED_EVENT, explain, report } from "../errors.js";
import { keepDraft, takeDraft } from "../drafts.js";
import { announce, announceOnly, clearNotice } from "../notice.js";
import { fromTemplate } from "../dom.js";
import { UNDO_SECONDS, cancel, schedule, sendAll } from "../pending-deletes.js";
import { TaskItem } from "./task-item.js";
import { wireNewTaskForm } from "./new-task-form.js";
import { describeList, listQuery, matches } from "./task-filter.js";

export const title = "Your tasks";
export const requiresSession = true;

const PAGE_SIZE = 50;
const CLEAR_COMPLETED = "clear-completed";
const EDITOR_DRAFT = "task-editor";

export function render(container) {
  container.append(fromTemplate("view-tasks"));
  const list = container.querySelector("#task-list");
  const summary = container.querySelector("#task-summary");
  const loadMoreButton = container.querySelector("#load-more");
  const clearButton = container.querySelector("#clear-completed");
  const undoBar = container.querySelector("#undo-bar");
  const filter = { status: "all", q: "", sort: "-created" };
  const items = new Map();
  let tasks = [];
  let next = null;
  let total = null;
  let editing = null;
  let generation = 0;
  let searchTimer = null;
  let active = true;
  let reopen = takeDraft(EDITOR_DRAFT);
  if (reopen) Object.assign(filter, reopen.filter);

  const owner = {
    changed(task, message) {
      const stays = matches(task, filter);
      if (!stays) moveFocusFrom(items.get(task.id));
      tasks = stays ? tasks.map((t) => (t.id === task.id ? task : t)) : without(task.id);
      if (!stays && total !== null) total -= 1;
      show();
      if (stays) items.get(task.id).say(message);
      else announce(`${message} It is no longer shown with this filter.`, "success");
    },
    removed(task) {
      moveFocusFrom(items.get(task.id));
      tasks = without(task.id);
      if (total !== null) total -= 1;
      show();
    },
    failed(item, error, action, { typed = false } = {}) {
      if (error instanceof SessionEndedError) {
        report(error);
      } else if (error instanceof ApiError && error.status === 404) {
        owner.removed(item.task);
        announce(`“${item.task.title}” no longer exists.`, "warning");
      } else {
        const kind = error instanceof ApiError && error.status === 429 ? "warning" : "error";
        item.say(`Could not ${action}. ${explain(error, { typed })}`, kind, { lasting: true });
      }
    },
    /** One editor at a time: another open one closes first (asking, if it holds changes). */
    editing(item) {
      if (editing && editing !== item && !editing.askToStopEditing()) return false;
      editing = item;
      return true;
    },
    editDone(item) {
      if (editing === item) editing = null;
    },
    recount() {
      showSummary();
    },
  };

  const without = (id) => tasks.filter((t) => t.id !== id);

  function show() {
    const wanted = tasks.map((task) => {
      const item = items.get(task.id) ?? new TaskItem(task, owner);
      if (items.has(task.id)) item.update(task);
      items.set(task.id, item);
      return item;
    });
    for (const [id, item] of items) {
      if (!tasks.some((t) => t.id === id)) {
        if (editing === item) editing = null;
        item.element.remove();
        items.delete(id);
      }
    }
    wanted.forEach((item, index) => {
      const at = list.children[index] ?? null;
      if (at !== item.element) list.insertBefore(item.element, at);
    });
    showSummary();
  }

  function showSummary() {
    const shown = tasks.filter((task) => !items.get(task.id)?.deleting);
    summary.textContent = describeList(shown, filter, { more: next !== null, total });
    loadMoreButton.hidden = next === null;
    clearButton.hidden = !shown.some((task) => task.completed);
  }

  /** Before an item leaves the list, focus moves to its neighbour so keyboard users keep their place. */
  function moveFocusFrom(item) {
    if (!item || !item.element.contains(document.activeElement)) return;
    const next = item.element.nextElementSibling ?? item.element.previousElementSibling;
    const target = next?.querySelector('[data-testid="task-toggle"]') ?? container.querySelector("h1");
    target.focus();
  }

  async function load() {
    const mine = ++generation;
    list.setAttribute("aria-busy", "true");
    summary.textContent = "Loading your tasks…";
    // Deletions still open to an undo reach the server first, so the list never shows them again.
    await sendAll();
    if (mine !== generation) return;
    try {
      const page = await listTaskPage({ ...listQuery(filter), limit: PAGE_SIZE, count: true });
      if (mine !== generation) return;
      tasks = page.tasks;
      next = page.next;
      total = page.total;
      show();
      if (reopen) reopenEditor(reopen);
      reopen = null;
    } catch (error) {
      if (mine !== generation) return;
      // Nothing from an earlier filter stays under this one.
      tasks = [];
      next = null;
      total = null;
      show();
      showLoadFailure();
      report(error);
    } finally {
      if (mine === generation) list.setAttribute("aria-busy", "false");
    }
  }

  async function loadMore() {
    if (next === null || loadMoreButton.getAttribute("aria-busy") === "true") return;
    const mine = generation;
    loadMoreButton.setAttribute("aria-busy", "true");
    loadMoreButton.textContent = "Loading…";
    try {
      const page = await listTaskPage({ ...listQuery(filter), limit: PAGE_SIZE, cursor: next });
      if (mine !== generation) return;
      const known = new Set(tasks.map((task) => task.id));
      const added = page.tasks.filter((task) => !known.has(task.id));
      const firstNew = list.children.length;
      tasks = [...tasks, ...added];
      next = page.next;
      show();
      list.children[firstNew]?.querySelector('[data-testid="task-toggle"]')?.focus();
      announceOnly(`${added.length} more ${added.length === 1 ? "task" : "tasks"} shown.`);
    } catch (error) {
      if (mine === generation) report(error);
    } finally {
      loadMoreButton.removeAttribute("aria-busy");
      loadMoreButton.textContent = "Load more tasks";
    }
  }

  /** Opens the editor kept at the end of the last session again, on its task even if not listed. */
  async function reopenEditor(kept) {
    let item = items.get(kept.taskId);
    if (!item) {
      try {
        const task = await getTask(kept.taskId);
        tasks = [task, ...without(task.id)];
        show();
        item = items.get(task.id);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) {
          announce(`The task you were editing no longer exists, so your unsaved changes could not be kept.`, "warning");
        } else {
          report(error);
        }
        return;
      }
    }
    item.startEditing(kept.edits);
    item.say(`Your unsaved changes to “${item.task.title}” are back.`);
  }

  /** The controls show the filter (which an editor kept at a session's end brings back). */
  function showFilter() {
    container.querySelector(`#task-filter input[value="${filter.status}"]`).checked = true;
    container.querySelector("#task-sort").value = filter.sort;
    container.querySelector("#task-search").value = filter.q;
  }

  // Heard before the app leaves this view (on the window, in the capture phase), so the editor is still open.
  const keepEditor = () => {
    const edits = editing?.edits;
    if (edits) keepDraft(EDITOR_DRAFT, { taskId: editing.task.id, edits, filter: { ...filter } });
  };
  window.addEventListener(SESSION_ENDED_EVENT, keepEditor, { capture: true });

  function showLoadFailure() {
    const retry = document.createElement("button");
    retry.type = "button";
    retry.className = "button button--small";
    retry.id = "retry-load";
    retry.textContent = "Try again";
    retry.addEventListener("click", () => {
      clearNotice();
      load();
    });
    summary.replaceChildren("Your tasks could not be loaded. ", retry);
  }

  /** Every completed task of the person (not only those loaded), deleted after an undo period. */
  async function clearCompleted() {
    if (clearButton.getAttribute("aria-busy") === "true") return;
    clearButton.setAttribute("aria-busy", "true");
    try {
      await sendAll();
      const done = await listTasks({ status: "completed" });
      if (done.length === 0) {
        announce("There are no completed tasks to clear.", "info");
        return;
      }
      const ids = new Set(done.map((task) => task.id));
      tasks = tasks.filter((task) => !ids.has(task.id));
      if (total !== null) total -= done.filter((task) => matches(task, filter)).length;
      show();
      const what = `${done.length} completed ${done.length === 1 ? "task" : "tasks"}`;
      undoBar.querySelector("#undo-bar-text").textContent = `Cleared ${what}.`;
      undoBar.hidden = false;
      undoBar.querySelector("#undo-bar-undo").focus();
      announceOnly(`Cleared ${what}. Undo is possible for ${UNDO_SECONDS} seconds.`);
      schedule(CLEAR_COMPLETED, () => sendClear(done));
    } catch (error) {
      report(error);
    } finally {
      clearButton.removeAttribute("aria-busy");
    }
  }

  async function sendClear(done) {
    undoBar.hidden = true;
    const failures = [];
    for (const task of done) {
      try {
        await deleteTask(task.id);
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 404)) failures.push(error);
      }
    }
    if (failures.length > 0) {
      report(failures[0]);
      if (active) load();
    }
  }

  undoBar.querySelector("#undo-bar-undo").addEventListener("click", () => {
    if (!cancel(CLEAR_COMPLETED)) return;
    undoBar.hidden = true;
    container.querySelector("h1").focus();
    announceOnly("Kept the completed tasks.");
    load();
  });

  wireNewTaskForm(container.querySelector("#new-task-form"), (task) => {
    if (!matches(task, filter)) {
      announce(`Added “${task.title}”. It is not shown with this filter.`, "success");
      return;
    }
    if (total !== null) total += 1;
    if (filter.sort === "-created" || filter.sort === "-updated") {
      tasks = [task, ...without(task.id)];
      show();
      items.get(task.id).say(`Added “${task.title}”.`);
    } else {
      announce(`Added “${task.title}”.`, "success");
      load();
    }
  });

  container.querySelector("#task-filter").addEventListener("change", (event) => {
    filter.status = event.target.value;
    load();
  });
  container.querySelector("#task-sort").addEventListener("change", (event) => {
    filter.sort = event.target.value;
    load();
  });
  loadMoreButton.addEventListener("click", loadMore);
  clearButton.addEventListener("click", clearCompleted);
  const searchForm = container.querySelector("#task-search-form");
  const search = () => {
    clearTimeout(searchTimer);
    filter.q = searchForm.elements.q.value.trim();
    load();
  };
  searchForm.addEventListener("submit", (event) => {
    event.preventDefault();
    search();
  });
  searchForm.elements.q.addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(search, 300);
  });

  showFilter();
  load();
  return () => {
    window.removeEventListener(SESSION_ENDED_EVENT, keepEditor, { capture: true });
    clearTimeout(searchTimer);
    active = false;
    generation++;
    sendAll();
  };
}
