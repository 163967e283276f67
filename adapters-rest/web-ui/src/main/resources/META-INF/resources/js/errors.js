/** Turns failures that do not belong to one field into words in the notice line. */

import { ApiError, NetworkError, SessionEndedError } from "./http.js";
import { inAbout } from "./messages.js";
import { announce } from "./notice.js";

export const SESSION_ENDED_EVENT = "taskguard:session-ended";

/** Words for a failure; `typed` when it happened on a form whose fields keep what was typed. */
export function explain(error, { typed = false } = {}) {
  if (error instanceof NetworkError) {
    const base = "Cannot reach the taskguard server. Check your connection and try again";
    return typed ? `${base}; what you typed is still here.` : `${base}.`;
  }
  if (error instanceof ApiError) {
    if (error.status === 429) {
      const wait = error.retryAfterSeconds;
      return wait
        ? `Too many attempts. You can try again ${inAbout(wait)}.`
        : "Too many attempts. Please wait a moment and try again.";
    }
    if (error.status === 503) return "taskguard is temporarily unavailable. Please try again in a moment.";
    if (error.status >= 500) return "Something went wrong on the server. Please try again.";
    if (error.status === 403) return "You do not have access to that.";
    return error.message;
  }
  return "Something unexpected went wrong. Please try again.";
}

/**
 * Shows the failure, or, when the session has ended, hands over to the app to return to sign-in.
 * `typed`: the failure happened on a form that keeps what was typed.
 */
export function report(error, { typed = false } = {}) {
  if (error instanceof SessionEndedError) {
    document.dispatchEvent(new CustomEvent(SESSION_ENDED_EVENT));
    return;
  }
  if (!(error instanceof NetworkError) && !(error instanceof ApiError)) console.error(error);
  announce(explain(error, { typed }), error instanceof ApiError && error.status === 429 ? "warning" : "error");
}
