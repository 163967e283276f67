/**
 * Keeps the page's tabs in step. They all share the browser's session cookie, so a sign-in or sign-out
 * in one tab is told to the others at once (a same-origin BroadcastChannel; only the user's id travels,
 * never a credential). Without BroadcastChannel a tab still finds out at its next call.
 */

const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel("taskguard.session") : null;

/** Tells the other tabs that this one signed `user` in. */
export function tellSignedIn(user) {
  channel?.postMessage({ type: "signed-in", userId: user?.id ?? null });
}

/** Tells the other tabs that the browser's session is over (signed out, or the account deleted). */
export function tellSignedOut() {
  channel?.postMessage({ type: "signed-out" });
}

/** Tells the other tabs that the signed-in user changed (an email confirmed or changed): they ask again. */
export function tellUserChanged() {
  channel?.postMessage({ type: "user-changed" });
}

/** Calls `signedIn(userId)`, `signedOut()` or `userChanged()` when another tab tells. */
export function listen({ signedIn, signedOut, userChanged = () => {} }) {
  channel?.addEventListener("message", ({ data }) => {
    if (data?.type === "signed-in") signedIn(data.userId ?? null);
    else if (data?.type === "signed-out") signedOut();
    else if (data?.type === "user-changed") userChanged();
  });
}
