/**
 * The sessions view: every live session of the person (browser and system, a readable address, when it
 * signed in, was last active and expires, said relatively with the exact time in the title), "This
 * device" on the current one; end one, or all others after a confirmation.
 */

import { listSessions, revokeOtherSessions, revokeSession } from "../auth-api.js";
import { report } from "../errors.js";
import { announce } from "../notice.js";
import { fromTemplate } from "../dom.js";
import { relativeTimeElement } from "../relative-time.js";
import { describeAddress, describeAgent } from "./user-agent.js";

export const title = "Your sessions";
export const requiresSession = true;

export function render(container) {
  container.append(fromTemplate("view-sessions"));
  const list = container.querySelector("#session-list");
  const endOthers = container.querySelector("#end-other-sessions");
  let active = true;

  async function load() {
    list.setAttribute("aria-busy", "true");
    try {
      const sessions = await listSessions();
      if (!active) return;
      list.replaceChildren(...sessions.map(sessionItem));
      endOthers.hidden = !sessions.some((session) => !session.current);
    } catch (error) {
      if (active) report(error);
    } finally {
      list.setAttribute("aria-busy", "false");
    }
  }

  function sessionItem(session) {
    const item = fromTemplate("session-item");
    item.dataset.sessionId = session.id;
    item.dataset.current = String(Boolean(session.current));
    const device = describeAgent(session.userAgent);
    item.querySelector('[data-testid="session-device"]').textContent = device;
    item.querySelector('[data-testid="session-current"]').hidden = !session.current;
    item.querySelector('[data-field="ipAddress"]').textContent = describeAddress(session.ipAddress);
    for (const field of ["createdAt", "updatedAt", "expiresAt"]) {
      item.querySelector(`[data-field="${field}"]`).append(relativeTimeElement(session[field]));
    }
    const end = item.querySelector('[data-testid="session-end"]');
    end.hidden = Boolean(session.current);
    const signedIn = relativeTimeElement(session.createdAt);
    end.setAttribute("aria-label", `End session: ${device}, signed in ${signedIn.textContent} (${signedIn.title})`);
    end.addEventListener("click", () => endSession(session, item));
    return item;
  }

  async function endSession(session, item) {
    try {
      await revokeSession(session.id);
      const next = item.nextElementSibling ?? item.previousElementSibling;
      item.remove();
      (next?.querySelector("button:not([hidden])") ?? container.querySelector("h1")).focus();
      endOthers.hidden = !list.querySelector('[data-current="false"]');
      announce("That session has ended.", "success");
    } catch (error) {
      report(error);
    }
  }

  endOthers.addEventListener("click", async () => {
    const others = list.querySelectorAll('[data-current="false"]').length;
    const what = others === 1 ? "the other session" : `all ${others} other sessions`;
    if (!window.confirm(`End ${what}? Every browser and device but this one will be signed out.`)) return;
    try {
      await revokeOtherSessions();
      container.querySelector("h1").focus();
      announce("All your other sessions have ended.", "success");
      await load();
    } catch (error) {
      report(error);
    }
  });

  load();
  return () => {
    active = false;
  };
}
