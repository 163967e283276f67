/**
 * The list's filter ({status, q}) as the server applies it, so a changed task can leave the list at once.
 * "overdue" is pending and due before the person's own today, which only this browser knows.
 */

/** Today where this browser is, as YYYY-MM-DD. */
export function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${String(now.getFullYear()).padStart(4, "0")}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether a task is overdue: not done and due before today (days as YYYY-MM-DD compare as text). */
export function isOverdue(task) {
  return !task.completed && Boolean(task.due_date) && task.due_date < today();
}

/** The API's query for a filter: "overdue" asks for pending tasks due before today. */
export function listQuery({ status, q, sort }) {
  if (status === "overdue") return { status: "pending", q, sort, due_before: today() };
  return { status, q, sort };
}

/** Same rule as the API: status, then a case-insensitive literal substring of the title or the description. */
export function matches(task, { status, q }) {
  if (status === "pending" && task.completed) return false;
  if (status === "completed" && !task.completed) return false;
  if (status === "overdue" && !isOverdue(task)) return false;
  const wanted = q.toLowerCase();
  return !q || [task.title, task.description ?? ""].some((text) => text.toLowerCase().includes(wanted));
}

/**
 * "3 tasks, 1 pending.", "1 pending task matching “milk”.", "No completed tasks.", "The first 50 of
 * 1,234 tasks; more below." (`more`: further pages exist; `total`: how many match in all, when known).
 */
export function describeList(shown, { status, q }, { more = false, total = null } = {}) {
  const count = shown.length;
  const kind = status === "all" ? "" : `${status} `;
  const matching = q ? ` matching “${q}”` : "";
  if (count === 0 && !more) {
    if (!kind && !q) return "No tasks yet. Add your first one above.";
    return q ? `No ${kind}tasks match “${q}”.` : `No ${kind}tasks.`;
  }
  const noun = count === 1 ? "task" : "tasks";
  if (more && total !== null && total > count) {
    const all = `${total.toLocaleString("en-US")} ${kind}${total === 1 ? "task" : "tasks"}`;
    return `The first ${count} of ${all}${matching}; more below.`;
  }
  if (more) return `The first ${count} ${kind}${noun}${matching}; more below.`;
  const pending = shown.filter((task) => !task.completed).length;
  const split = status === "all" && count > 0 ? `, ${pending} pending` : "";
  return `${count} ${kind}${noun}${matching}${split}.`;
}
