/**
 * "Download my data": the account as the server shows it to its owner (the user, the live sessions, the
 * passkeys and whether two-factor is on, without any secret or key) and every task, as one JSON file the
 * browser saves. Nothing leaves the browser but the usual reads of the two APIs.
 */

import { fetchCurrentUser, listSessions } from "../auth-api.js";
import { report } from "../errors.js";
import { announce } from "../notice.js";
import { listPasskeys } from "../passkey-api.js";
import { listTasks } from "../tasks-api.js";

const PASSKEY_FIELDS = ["id", "name", "deviceType", "backedUp", "createdAt", "lastUsedAt"];

export function dataExportSection(section) {
  const button = section.querySelector("#data-download");
  button.addEventListener("click", async () => {
    if (button.getAttribute("aria-busy") === "true") return;
    const words = button.textContent;
    button.setAttribute("aria-busy", "true");
    button.textContent = "Preparing your data…";
    try {
      const data = await collect();
      save(data);
      announce(
        `Your data is downloaded: ${data.tasks.length} ${data.tasks.length === 1 ? "task" : "tasks"} and your account.`,
        "success",
      );
    } catch (error) {
      report(error);
    } finally {
      button.removeAttribute("aria-busy");
      button.textContent = words;
    }
  });
}

async function collect() {
  const [user, sessions, passkeys, tasks] = await Promise.all([
    fetchCurrentUser(),
    listSessions(),
    listPasskeys(),
    listTasks(),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    user,
    twoFactor: { enabled: Boolean(user.twoFactorEnabled) },
    sessions,
    passkeys: passkeys.map((passkey) =>
      Object.fromEntries(PASSKEY_FIELDS.filter((field) => field in passkey).map((field) => [field, passkey[field]])),
    ),
    tasks,
  };
}

function save(data) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = `taskguard-data-${data.exportedAt.slice(0, 10)}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
