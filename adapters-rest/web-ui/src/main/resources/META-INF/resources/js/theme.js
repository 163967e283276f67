/**
 * The colour theme: the person's choice ("light" or "dark", kept in localStorage; no entry means the
 * system's, `prefers-color-scheme`) as `data-theme` on the root element. A classic script loaded in
 * the head, not a module: it runs before the first paint, so a dark page never flashes light. It also
 * wires the header's button, which goes System → Light → Dark, and follows the system and other tabs.
 */
(() => {
  const KEY = "taskguard.theme";
  const CHOICES = ["system", "light", "dark"];
  const NAMES = { system: "same as the system", light: "light", dark: "dark" };
  const system = matchMedia("(prefers-color-scheme: dark)");
  let remembered = "system"; // where the browser refuses storage, the choice holds for this page

  function chosen() {
    try {
      const choice = localStorage.getItem(KEY);
      return CHOICES.includes(choice) ? choice : "system";
    } catch {
      return remembered;
    }
  }

  function apply() {
    const choice = chosen();
    const root = document.documentElement;
    root.dataset.themeChoice = choice;
    root.dataset.theme = choice === "system" ? (system.matches ? "dark" : "light") : choice;
    const button = document.getElementById("theme-toggle");
    if (button) {
      const name = `Colour theme: ${NAMES[choice]}`;
      button.querySelector(".visually-hidden").textContent = name;
      button.title = `${name}. Change it.`;
    }
  }

  function choose(choice) {
    remembered = choice;
    try {
      if (choice === "system") localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, choice);
    } catch {
      // storage refused: `remembered` keeps it
    }
    apply();
  }

  apply();
  system.addEventListener("change", apply);
  window.addEventListener("storage", (event) => {
    if (event.key === KEY || event.key === null) apply();
  });
  document.addEventListener("DOMContentLoaded", () => {
    apply();
    document.getElementById("theme-toggle").addEventListener("click", () => {
      choose(CHOICES[(CHOICES.indexOf(chosen()) + 1) % CHOICES.length]);
    });
  });
})();
