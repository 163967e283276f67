/**
 * The page's notice line: one polite live region (#notice) that screen readers announce. Kinds:
 * "info", "success", "warning", "error"; the kind only changes the look, the words carry the meaning.
 * What is already shown where it happened (beside a task) is only spoken, through a second, hidden
 * live region (#announcer), so the page above the list never changes height under the pointer.
 */

let pending = null;

function region() {
  return document.getElementById("notice");
}

export function announce(message, kind = "info") {
  const element = region();
  clearTimeout(pending);
  element.dataset.kind = kind;
  if (element.textContent === message) {
    // The same words again: empty the region first so assistive technology announces them again.
    element.textContent = "";
    pending = setTimeout(() => {
      element.textContent = message;
    }, 100);
  } else {
    element.textContent = message;
  }
}

export function clearNotice() {
  clearTimeout(pending);
  const element = region();
  element.textContent = "";
  delete element.dataset.kind;
}

/** Says `message` to screen readers only; the page shows it elsewhere (beside the task it is about). */
export function announceOnly(message) {
  const element = document.getElementById("announcer");
  element.textContent = "";
  // A fresh text node after a tick, so the same words twice are announced twice.
  setTimeout(() => {
    element.textContent = message;
  }, 50);
}
