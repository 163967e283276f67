/**
 * Deletions that wait a few seconds for an undo before they reach the server. Each is sent when its
 * time is up, or at once when the list is loaded again, when the person leaves the list (another view,
 * signing out) or when the page is closed, so a deletion the person did not undo is never lost.
 */

export const UNDO_SECONDS = 5;

const waiting = new Map();

/** Sends `send()` after UNDO_SECONDS unless cancelled first; a key already waiting is replaced. */
export function schedule(key, send) {
  cancel(key);
  const timer = setTimeout(() => {
    waiting.delete(key);
    send();
  }, UNDO_SECONDS * 1000);
  waiting.set(key, { timer, send });
}

/** Takes back a waiting deletion; false if it was already sent (or never scheduled). */
export function cancel(key) {
  const entry = waiting.get(key);
  if (!entry) return false;
  clearTimeout(entry.timer);
  waiting.delete(key);
  return true;
}

/** Sends every waiting deletion now; resolves once all have been answered (or failed). */
export function sendAll() {
  const entries = [...waiting.values()];
  waiting.clear();
  return Promise.allSettled(
    entries.map((entry) => {
      clearTimeout(entry.timer);
      return entry.send();
    }),
  );
}

window.addEventListener("pagehide", () => {
  sendAll();
});
