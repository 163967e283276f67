/** The task list: add, filter by status, search by title; each task is a TaskItem. */

import { ApiError } from "../http.js";
import { listTasks } from "../tasks-api.js";
import { report } from "../errors.js";
import { announce, clearNotice } from "../notice.js";
import { fromTemplate } from "../dom.js";
import { TaskItem } from "./task-item.js";
import { wireNewTaskForm } from "./new-task-form.js";
import { describeList, matches } from "./task-filter.js";

export const title = "Your tasks";
export const requiresSession = true;

export function render(container) {
  container.append(fromTemplate("view-tasks"));
  const list = container.querySelector("#task-list");
  const summary = container.querySelector("#task-summary");
  const filter = { status: "all", q: "" };
  const items = new Map();
  let tasks = [];
  let generation = 0;
  let searchTimer = null;

  const owner = {
    changed(task, message) {
      const stays = matches(task, filter);
      if (!stays) moveFocusFrom(items.get(task.id));
      tasks = stays ? tasks.map((t) => (t.id === task.id ? task : t)) : without(task.id);
      show();
      announce(stays ? message : `${message} It is no longer shown with this filter.`, "success");
    },
    removed(task, message) {
      moveFocusFrom(items.get(task.id));
      tasks = without(task.id);
      show();
      announce(message, "success");
    },
    failed(item, error) {
      if (error instanceof ApiError && error.status === 404) {
        owner.removed(item.task, `“${item.task.title}” no longer exists.`);
      } else {
        report(error);
      }
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
        item.element.remove();
        items.delete(id);
      }
    }
    wanted.forEach((item, index) => {
      const at = list.children[index] ?? null;
      if (at !== item.element) list.insertBefore(item.element, at);
    });
    summary.textContent = describeList(tasks.length, filter);
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
    try {
      const loaded = await listTasks(filter);
      if (mine !== generation) return;
      tasks = loaded;
      show();
    } catch (error) {
      if (mine !== generation) return;
      showLoadFailure();
      report(error);
    } finally {
      if (mine === generation) list.setAttribute("aria-busy", "false");
    }
  }

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

  wireNewTaskForm(container.querySelector("#new-task-form"), (task) => {
    if (matches(task, filter)) {
      tasks = [task, ...without(task.id)];
      show();
      announce(`Added “${task.title}”.`, "success");
    } else {
      announce(`Added “${task.title}”. It is not shown with this filter.`, "success");
    }
  });

  container.querySelector("#task-filter").addEventListener("change", (event) => {
    filter.status = event.target.value;
    load();
  });
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

  load();
  return () => {
    clearTimeout(searchTimer);
    generation++;
  };
}
