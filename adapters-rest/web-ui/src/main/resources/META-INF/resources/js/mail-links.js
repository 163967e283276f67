/**
 * The pages mailed links lead to. A password-reset link arrives as `/?view=reset-password&token=...` and
 * a confirmation link as `/?view=email-verified[&error=CODE]`. The token is taken into memory and the
 * address bar is cleaned at once, so it stays in no history entry, bookmark or Referer.
 */

let resetToken = null;
let resetError = false;

/** Reads the link the page was opened with; returns the route to show first, or null. */
export function takeMailLink() {
  const params = new URLSearchParams(location.search);
  const view = params.get("view");
  if (!view) return null;
  history.replaceState(null, "", location.pathname);
  if (view === "reset-password") {
    resetToken = params.get("token");
    resetError = !resetToken || params.has("error");
    return { route: "reset-password" };
  }
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
    };
  }
  return null;
}

/** The token of the reset link this page was opened with (null when there was none or it was refused). */
export function pendingResetToken() {
  return resetError ? null : resetToken;
}

export function forgetResetToken() {
  resetToken = null;
  resetError = false;
}
