/**
 * A strength meter under a new-password field, with the server's own verdict: what sign-up, a password
 * change or a reset would answer for what is typed (said in the words the form uses for that refusal) (`POST api/auth/password-check`: the length, the
 * email, the most common passwords and a zxcvbn score of at least 2 of 4). It asks 300 ms after the
 * person stops typing; a late answer to an older value is dropped, and a server out of reach hides the
 * meter (sending the form still gets the verdict).
 */

import { authRequest } from "./auth-api.js";
import { AUTH_ERRORS } from "./messages.js";

const WORDS = ["Very weak", "Weak", "Fair", "Strong", "Very strong"];
const PAUSE_MS = 300;

/**
 * Adds the meter to `field`. `accountWords()` gives `{email, name}` of the account when known, which
 * the server counts against the password.
 */
export function addPasswordMeter(field, accountWords = () => ({})) {
  const meter = document.createElement("div");
  meter.className = "password-meter";
  meter.dataset.testid = "password-meter";
  meter.hidden = true;
  const bar = document.createElement("meter");
  bar.min = 0;
  bar.max = 4;
  bar.low = 2;
  bar.high = 3;
  bar.optimum = 4;
  bar.setAttribute("aria-label", "Password strength");
  const text = document.createElement("p");
  text.className = "password-meter__text";
  text.id = `${field.id}-strength`;
  text.dataset.testid = "password-meter-text";
  text.setAttribute("aria-live", "polite");
  meter.append(bar, text);
  const hint = document.getElementById(field.getAttribute("aria-describedby") ?? "");
  (hint ?? field).after(meter);
  field.setAttribute(
    "aria-describedby",
    [field.getAttribute("aria-describedby"), text.id].filter(Boolean).join(" "),
  );

  let timer = null;
  let asked = 0;
  field.addEventListener("input", () => {
    clearTimeout(timer);
    const password = field.value;
    if (!password) {
      asked++;
      meter.hidden = true;
      return;
    }
    timer = setTimeout(async () => {
      const mine = ++asked;
      try {
        const { data } = await authRequest("POST", "api/auth/password-check", {
          body: { password, ...accountWords() },
        });
        if (mine !== asked) return;
        show(bar, text, meter, data);
      } catch {
        if (mine === asked) meter.hidden = true;
      }
    }, PAUSE_MS);
  });
  field.form?.addEventListener("reset", () => {
    asked++;
    meter.hidden = true;
  });
}

function show(bar, text, meter, verdict) {
  const score = Math.max(0, Math.min(4, Number(verdict.score) || 0));
  bar.value = score;
  meter.dataset.acceptable = String(Boolean(verdict.acceptable));
  const parts = [`Strength: ${WORDS[score]}.`];
  if (verdict.acceptable) parts.push("The server accepts it.");
  else parts.push(AUTH_ERRORS[verdict.code]?.message ?? verdict.message ?? "");
  if (verdict.warning) parts.push(verdict.warning);
  text.textContent = parts.join(" ");
  meter.hidden = false;
}
