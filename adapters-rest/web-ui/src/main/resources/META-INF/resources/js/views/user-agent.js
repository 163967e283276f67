/**
 * Short, human names for what a session list shows: a User-Agent string as "Chrome on Linux", a client
 * address as a person reads it ("::1 (this computer)", an IPv4-mapped IPv6 address as its IPv4).
 */

const BROWSERS = [
  [/Edg\//, "Edge"],
  [/OPR\//, "Opera"],
  [/Firefox\/|FxiOS\//, "Firefox"],
  [/CriOS\/|HeadlessChrome\/|Chrome\//, "Chrome"],
  [/Chromium\//, "Chromium"],
  [/Safari\//, "Safari"],
];

const SYSTEMS = [
  [/Android/, "Android"],
  [/iPhone|iPad|iPod/, "iOS"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

export function describeAgent(userAgent) {
  if (!userAgent) return "Unknown device";
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  if (browser || system) return browser ?? system;
  return userAgent.split(/[\s/]/)[0] || "Unknown device";
}

const LOOPBACK = /^(::1|0:0:0:0:0:0:0:1|127(\.\d{1,3}){3})$/;
const MAPPED_DOTTED = /^(?:::|0:0:0:0:0:)ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;
const MAPPED_HEX = /^(?:::|0:0:0:0:0:)ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i;

/** A client address as a person reads it; "unknown" when there is none. */
export function describeAddress(address) {
  if (!address) return "unknown";
  const plain = ipv4Of(address.trim()) ?? address.trim();
  if (LOOPBACK.test(plain)) return `${plain === "0:0:0:0:0:0:0:1" ? "::1" : plain} (this computer)`;
  return plain;
}

function ipv4Of(address) {
  const dotted = MAPPED_DOTTED.exec(address);
  if (dotted) return dotted[1];
  const hex = MAPPED_HEX.exec(address);
  if (!hex) return null;
  const [high, low] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}
