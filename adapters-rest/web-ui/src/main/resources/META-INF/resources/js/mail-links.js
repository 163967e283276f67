/**
 * The pages mailed links lead to. A password-reset link arrives as `/?view=reset-password&token=...` and
 * a confirmation link as `/?view=email-verified[&error=CODE]`. The address bar is cleaned at once, so the
 * token is in no URL of the history, no bookmark and no Referer; it is kept in the history entry's state
 * instead, which the browser keeps across a reload of that entry and shows to no other page.
 */

const STATE_KEY = "resetToken";

/** Reads the link the page was opened with; returns the route to show first, or null. */
export function takeMailLink() {
  const params = new URLSearchParams(location.search);
  const view = params.get("view");
  if (!view) return null;
  const token = view === "reset-password" && !params.has("error") ? params.get("token") : null;
  history.replaceState(token ? { [STATE_KEY]: token } : null, "", location.pathname);
  if (view === "reset-password") return { route: "reset-password" };
  if (view === "email-verified") {
    const error = params.get("error");
    return {
      route: null,
      notice: error
        ? {
            message:
              error === "TOKEN_EXPIRED"
                ? "That confirmation link has expired. Send yourself a new one from your account page."
                : "That confirmation link is no longer valid. Send yourself a new one from your account page.",
            kind: "error",
          }
        : { message: "Thank you: your email is confirmed.", kind: "success" },
      confirmed: !error,
    };
  }
  return null;
}

/** The token of the reset link this page was opened with (null when there was none or it was refused). */
export function pendingResetToken() {
  const token = history.state?.[STATE_KEY];
  return typeof token === "string" && token ? token : null;
}

/** Takes the token out of the history entry, once it is used or refused. */
export function forgetResetToken() {
  if (pendingResetToken()) history.replaceState(null, "", location.href);
}
