/** The devices trusted to skip the second factor, each with when it was trusted and last used, and "Remove". */

import { forgetTrustedDevice, listTrustedDevices } from "../two-factor-api.js";
import { explain, report } from "../errors.js";
import { SessionEndedError } from "../http.js";
import { announce } from "../notice.js";
import { fromTemplate, timeElement } from "../dom.js";
import { describeAgent } from "./user-agent.js";

/** Wires the trusted-devices list of the two-factor section; returns `load()`, which fills it. */
export function trustedDevicesPart(section) {
  const list = section.querySelector("#tf-devices");
  const none = section.querySelector("#tf-devices-none");
  const error = section.querySelector("#tf-devices-error");

  function say(failure) {
    if (failure instanceof SessionEndedError) {
      report(failure);
      return;
    }
    error.textContent = explain(failure);
    error.hidden = false;
  }

  function item(device) {
    const element = fromTemplate("trusted-device-item");
    const name = describeAgent(device.userAgent);
    element.querySelector('[data-testid="trusted-device-name"]').textContent = name;
    element.querySelector('[data-field="ipAddress"]').textContent = device.ipAddress || "unknown";
    for (const field of ["createdAt", "lastUsedAt", "expiresAt"]) {
      element.querySelector(`[data-field="${field}"]`).append(timeElement(device[field]));
    }
    const remove = element.querySelector('[data-testid="trusted-device-remove"]');
    remove.setAttribute("aria-label", `Remove ${name}, trusted ${timeElement(device.createdAt).textContent}`);
    remove.addEventListener("click", async () => {
      if (remove.getAttribute("aria-busy") === "true") return;
      remove.setAttribute("aria-busy", "true");
      remove.textContent = "Removing…";
      error.hidden = true;
      try {
        await forgetTrustedDevice(device.id);
        const next = element.nextElementSibling ?? element.previousElementSibling;
        element.remove();
        none.hidden = list.children.length > 0;
        (next?.querySelector("button") ?? section.querySelector("#tf-devices-heading")).focus();
        announce(`${name} is no longer trusted: it asks for a code at the next sign-in.`, "success");
      } catch (failure) {
        remove.removeAttribute("aria-busy");
        remove.textContent = "Remove";
        say(failure);
      }
    });
    return element;
  }

  return async function load() {
    list.setAttribute("aria-busy", "true");
    error.hidden = true;
    try {
      const devices = await listTrustedDevices();
      list.replaceChildren(...devices.map(item));
      none.hidden = devices.length > 0;
    } catch (failure) {
      say(failure);
    } finally {
      list.setAttribute("aria-busy", "false");
    }
  };
}
