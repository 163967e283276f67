/** The list's filter ({status, q}) as the server applies it, so a changed task can leave the list at once. */

/** Same rule as the API: status, then a case-insensitive literal substring of the title or the description. */
export function matches(task, { status, q }) {
  if (status === "pending" && task.completed) return false;
  if (status === "completed" && !task.completed) return false;
  const wanted = q.toLowerCase();
  return !q || [task.title, task.description ?? ""].some((text) => text.toLowerCase().includes(wanted));
}

/**
 * "3 tasks, 1 pending.", "1 pending task matching “milk”.", "No completed tasks.", "The first 50
 * tasks; more below." (`more`: further pages exist, so no total is known).
 */
export function describeList(shown, { status, q }, { more = false } = {}) {
  const count = shown.length;
  const kind = status === "all" ? "" : `${status} `;
  const matching = q ? ` matching “${q}”` : "";
  if (count === 0 && !more) {
    if (!kind && !q) return "No tasks yet. Add your first one above.";
    return q ? `No ${kind}tasks match “${q}”.` : `No ${kind}tasks.`;
  }
  const noun = count === 1 ? "task" : "tasks";
  if (more) return `The first ${count} ${kind}${noun}${matching}; more below.`;
  const pending = shown.filter((task) => !task.completed).length;
  const split = status === "all" && count > 0 ? `, ${pending} pending` : "";
  return `${count} ${kind}${noun}${matching}${split}.`;
}
