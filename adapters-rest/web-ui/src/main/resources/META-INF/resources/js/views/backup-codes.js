/**
 * Backup codes shown once, right after they are made, with "Copy" and "Download" (a .txt file made in
 * the page: a Blob's object URL is same-origin, so the download needs nothing from the CSP).
 */

import { currentUser } from "../credentials.js";
import { announce } from "../notice.js";

const FILE_NAME = "taskguard-backup-codes.txt";

/** Wires the codes part of the two-factor section; returns `show(codes)`, which lists them. */
export function backupCodesPart(section, { onDone }) {
  const list = section.querySelector("#tf-codes-list");
  let codes = [];

  function asText() {
    const user = currentUser();
    return [
      `taskguard backup codes${user?.email ? ` for ${user.email}` : ""}`,
      `Made ${new Date().toISOString().slice(0, 10)}. Each code signs you in once, in place of a code`,
      "from your authenticator app. Making new codes ends these.",
      "",
      ...codes,
      "",
    ].join("\n");
  }

  section.querySelector("#tf-codes-copy").addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(codes.join("\n"));
      announce("The backup codes are copied. Paste them somewhere safe.", "success");
    } catch {
      const range = document.createRange();
      range.selectNodeContents(list);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      announce("This browser did not let the page copy: the codes are selected, copy them with Ctrl+C or ⌘C.", "warning");
    }
  });

  section.querySelector("#tf-codes-download").addEventListener("click", () => {
    const url = URL.createObjectURL(new Blob([asText()], { type: "text/plain;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = FILE_NAME;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    announce(`The backup codes are saved as ${FILE_NAME} in your downloads.`, "success");
  });

  section.querySelector("#tf-codes-done").addEventListener("click", () => {
    // Once saved, the codes leave the page: they are never shown again.
    codes = [];
    list.replaceChildren();
    onDone();
  });

  return function show(newCodes) {
    codes = [...newCodes];
    list.replaceChildren(
      ...codes.map((code) => {
        const item = document.createElement("li");
        const text = document.createElement("code");
        text.textContent = code;
        item.append(text);
        return item;
      }),
    );
  };
}
