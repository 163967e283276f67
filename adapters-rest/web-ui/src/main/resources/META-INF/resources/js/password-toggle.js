/**
 * "Show password" beside every password field: a toggle button (`aria-pressed`) that shows what was typed
 * as text and hides it again. Focus stays on the button; the field keeps its value. A form that is sent
 * hides its passwords again, so no password is left on show after it.
 */

/** Adds the toggle to every password field inside `root` that has none yet. */
export function addPasswordToggles(root) {
  for (const field of root.querySelectorAll('input[type="password"]')) {
    if (field.parentElement.classList.contains("password-field")) continue;
    const wrapper = document.createElement("div");
    wrapper.className = "password-field";
    field.replaceWith(wrapper);
    const toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "button button--small password-toggle";
    toggle.textContent = "Show password";
    toggle.setAttribute("aria-pressed", "false");
    toggle.setAttribute("aria-controls", field.id);
    toggle.dataset.testid = "password-toggle";
    toggle.addEventListener("click", () => show(field, toggle, field.type === "password"));
    wrapper.append(field, toggle);
    field.form?.addEventListener("submit", () => show(field, toggle, false), { capture: true });
  }
}

function show(field, toggle, visible) {
  field.type = visible ? "text" : "password";
  toggle.setAttribute("aria-pressed", String(visible));
}
