/**
 * What a person was typing when their session ended: kept in this tab's memory only (never in
 * storage), and handed back only to the same person once they have signed in again. Anyone else who
 * signs in in this tab first makes it forgotten.
 */

import { currentUser } from "./credentials.js";

const kept = new Map();

/** Keeps `value` under `kind` for the person signed in now (nothing if no one is). */
export function keepDraft(kind, value) {
  const user = currentUser();
  if (user) kept.set(kind, { userId: user.id, value });
  else kept.delete(kind);
}

/** The value kept under `kind` if it is the signed-in person's, else null; either way it is gone. */
export function takeDraft(kind) {
  const draft = kept.get(kind);
  const user = currentUser();
  if (!draft || !user) return null;
  kept.delete(kind);
  return draft.userId === user.id ? draft.value : null;
}
