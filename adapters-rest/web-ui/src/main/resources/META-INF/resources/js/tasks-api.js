/**
 * The task API (`/api/users/{user_id}/tasks`, snake_case JSON) with silent token renewal: a 401 is
 * answered by fetching a fresh JWT on the session cookie and retrying once. If the session itself is
 * gone, or the browser's session now belongs to someone else, the call rejects with SessionEndedError.
 */

import { ApiError, SessionEndedError, request } from "./http.js";
import { fetchAccessToken } from "./auth-api.js";
import {
  currentAccessToken,
  currentUser,
  setAccessToken,
  setUser,
  userFromJwt,
} from "./credentials.js";

let renewal = null;

/** One renewal at a time: requests that fail together share the same new token. */
export function renewAccessToken() {
  if (!renewal) {
    renewal = fetchAccessToken()
      .then((jwt) => {
        const owner = userFromJwt(jwt);
        // another tab signed someone else in on the shared cookie: this tab's person is signed out
        if (currentUser() && owner?.id !== currentUser().id) throw new SessionEndedError();
        setAccessToken(jwt);
        if (!currentUser()) setUser(owner);
        return jwt;
      })
      .finally(() => {
        renewal = null;
      });
  }
  return renewal;
}

/** Makes sure a JWT and the user it belongs to are known (after a reload, neither is). */
export async function ensureSignedInUser() {
  if (!currentAccessToken() || !currentUser()) await renewAccessToken();
  const user = currentUser();
  if (!user) throw new SessionEndedError();
  return user;
}

async function call(method, suffix, options = {}) {
  await ensureSignedInUser();
  const send = () => {
    const path = `api/users/${encodeURIComponent(currentUser().id)}/tasks${suffix}`;
    return request(method, path, { ...options, bearer: currentAccessToken() });
  };
  try {
    return await send();
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
  }
  await renewAccessToken();
  try {
    return await send();
  } catch (error) {
    // A brand-new token refused as well: whatever the reason, this session cannot be used.
    if (error instanceof ApiError && error.status === 401) throw new SessionEndedError();
    throw error;
  }
}

/** The tasks matching a status (all, pending, completed) and a title search: every page of them. */
export async function listTasks({ status = "all", q = "" } = {}) {
  const tasks = [];
  let cursor = null;
  do {
    const page = await listTaskPage({ status, q, cursor, limit: 100 });
    tasks.push(...page.tasks);
    cursor = page.next;
  } while (cursor);
  return tasks;
}

/**
 * One page of the list, in the API's keyset paging: `{tasks, next, total}`, where `next` is the cursor of
 * the following page (from the Link header) or null on the last page, and `total` the number of matching
 * tasks when `count` asked the server for it (one more query there), else null.
 */
export async function listTaskPage({
  status = "all",
  q = "",
  sort = "-created",
  due_before = null,
  limit = 50,
  cursor = null,
  count = false,
}) {
  const query = { status, q, sort, due_before, limit, cursor, count: count ? "true" : null };
  const { data, headers } = await call("GET", "", { query });
  const total = headers.get("X-Total-Count");
  return { tasks: data ?? [], next: nextCursor(headers.get("Link")), total: total === null ? null : Number(total) };
}

function nextCursor(link) {
  const next = /<([^>]*)>\s*;\s*rel="next"/.exec(link ?? "");
  return next ? new URL(next[1], document.baseURI).searchParams.get("cursor") : null;
}

export async function getTask(id) {
  return (await call("GET", `/${encodeURIComponent(id)}`)).data;
}

export async function createTask({ title, description, due_date = null }) {
  return (await call("POST", "", { body: { title, description, due_date } })).data;
}

/** Changes any of title, description, completed and due_date. */
export async function updateTask(id, changes) {
  return (await call("PATCH", `/${encodeURIComponent(id)}`, { body: changes })).data;
}

export async function deleteTask(id) {
  await call("DELETE", `/${encodeURIComponent(id)}`, { keepalive: true });
}
