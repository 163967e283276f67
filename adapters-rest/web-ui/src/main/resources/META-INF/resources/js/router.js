/**
 * Hash routes (#/sign-in, #/tasks, ...): the WAR serves one page, and a reload keeps the view.
 * Views that need a session are never shown without one, and signed-in people skip sign-in and sign-up.
 */

import { isSignedIn } from "./credentials.js";
import { announce, clearNotice } from "./notice.js";

/** A User Timing mark at the first view's render: when the page became usable, for measuring. */
const FIRST_VIEW_MARK = "taskguard:first-view";

const routes = new Map();
let current = null;
let pendingNotice = null;
let firstRender = true;

/**
 * Registers a view: an object with `title`, `render(container)` (which may return a clean-up function)
 * and `requiresSession` (true: only signed in; false: only signed out; "either": both, as the page a
 * mailed reset link opens).
 */
export function register(name, view) {
  routes.set(name, view);
}

/** Shows a view, optionally with a notice that outlives the change of view. */
export function navigate(name, { notice } = {}) {
  pendingNotice = notice ?? null;
  if (location.hash === `#/${name}`) show();
  else location.hash = `#/${name}`;
}

/** Starts routing; `first` is a view to show at once and a notice to show with it (a mailed link's). */
export function start({ route = null, notice = null } = {}) {
  pendingNotice = notice;
  // the entry's state stays: it may hold a mailed link's token (mail-links.js)
  if (route) history.replaceState(history.state, "", `#/${route}`);
  window.addEventListener("hashchange", () => {
    // Plain fragments (the skip link) are not routes.
    if (location.hash === "" || location.hash.startsWith("#/")) show();
  });
  show();
}

/**
 * Re-checks the view after the session changed outside it (another tab signed in or out): a view that
 * no longer fits gives way, as on a change of route; one that still fits only updates the navigation.
 */
export function sessionChanged() {
  if (!current) return;
  const needs = routes.get(current.name).requiresSession;
  const signedIn = isSignedIn();
  if ((needs === true && !signedIn) || (needs === false && signedIn)) show();
  else updateNavigation(current.name, signedIn);
}

function requestedRoute() {
  const name = location.hash.startsWith("#/") ? location.hash.slice(2) : "";
  return routes.has(name) ? name : null;
}

function show() {
  const signedIn = isSignedIn();
  let name = requestedRoute() ?? (signedIn ? "tasks" : "sign-in");
  const needs = routes.get(name).requiresSession;
  if (needs === true && !signedIn) name = "sign-in";
  if (needs === false && signedIn) name = "tasks";
  if (location.hash !== `#/${name}`) history.replaceState(history.state, "", `#/${name}`);

  if (current?.cleanup) current.cleanup();
  const view = routes.get(name);
  const main = document.getElementById("main");
  main.replaceChildren();
  current = { name, cleanup: view.render(main) };
  document.title = `${view.title} · taskguard`;
  updateNavigation(name, signedIn);

  if (pendingNotice) announce(pendingNotice.message, pendingNotice.kind);
  else clearNotice();
  pendingNotice = null;

  if (firstRender) performance.mark(FIRST_VIEW_MARK);
  else main.querySelector("h1")?.focus();
  firstRender = false;
}

function updateNavigation(name, signedIn) {
  document.getElementById("app-nav").hidden = !signedIn;
  for (const link of document.querySelectorAll("[data-route-link]")) {
    if (link.dataset.routeLink === name) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  document.getElementById("brand").href = signedIn ? "#/tasks" : "#/sign-in";
}
