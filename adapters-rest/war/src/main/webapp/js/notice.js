/**
 * The page's notice line: one polite live region (#notice) that screen readers announce. Kinds:
 * "info", "success", "warning", "error"; the kind only changes the look, the words carry the meaning.
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
