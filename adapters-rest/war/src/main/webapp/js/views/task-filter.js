/** The list's filter ({status, q}) as the server applies it, so a changed task can leave the list at once. */

/** Same rule as the API: status, then a case-insensitive literal substring of the title. */
export function matches(task, { status, q }) {
  if (status === "pending" && task.completed) return false;
  if (status === "completed" && !task.completed) return false;
  return !q || task.title.toLowerCase().includes(q.toLowerCase());
}

/** "3 tasks", "1 pending task matching “milk”", "No completed tasks.", ... */
export function describeList(count, { status, q }) {
  const kind = status === "all" ? "" : `${status} `;
  if (count === 0) {
    if (!kind && !q) return "No tasks yet. Add your first one above.";
    return q ? `No ${kind}tasks match “${q}”.` : `No ${kind}tasks.`;
  }
  const noun = count === 1 ? "task" : "tasks";
  return `${count} ${kind}${noun}${q ? ` matching “${q}”` : ""}.`;
}
