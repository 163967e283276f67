/**
 * Draws a QR code that the server answered as rows of modules ("1" dark, "0" light) as an inline SVG:
 * no image source, so the page's Content-Security-Policy needs no data: or blob: images, and the
 * secret it holds never leaves the page.
 */

const SVG = "http://www.w3.org/2000/svg";
/** The light margin readers need around the code, in modules (ISO/IEC 18004). */
const QUIET_ZONE = 4;

/** An <svg> of the code, named `label` for assistive technology. */
export function qrSvg(rows, label) {
  const size = rows.length + 2 * QUIET_ZONE;
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${size} ${size}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  svg.setAttribute("shape-rendering", "crispEdges");
  svg.setAttribute("class", "qr");

  const background = document.createElementNS(SVG, "rect");
  background.setAttribute("width", String(size));
  background.setAttribute("height", String(size));
  background.setAttribute("fill", "#ffffff");

  const modules = document.createElementNS(SVG, "path");
  modules.setAttribute("d", darkRuns(rows));
  modules.setAttribute("fill", "#000000");
  svg.append(background, modules);
  return svg;
}

/** One path of every horizontal run of dark modules, shifted by the quiet zone. */
function darkRuns(rows) {
  const parts = [];
  rows.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (row[x] !== "1") {
        x += 1;
        continue;
      }
      let end = x;
      while (end < row.length && row[end] === "1") end += 1;
      parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${end - x}v1h-${end - x}z`);
      x = end;
    }
  });
  return parts.join("");
}
