/**
 * Times as a person says them ("5 minutes ago", "in 6 days") in a <time> whose `datetime` is exact and
 * whose title shows the exact local date and time.
 */

const UNITS = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** How far `date` is from `now`, in words ("just now", "5 minutes ago", "yesterday", "in 6 days"). */
export function relativeWords(date, now = Date.now()) {
  const seconds = Math.round((date.getTime() - now) / 1000);
  if (Math.abs(seconds) < 60) return "just now";
  const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  const [unit, size] = UNITS.find(([, length]) => Math.abs(seconds) >= length);
  return format.format(Math.round(seconds / size), unit);
}

/** A <time> for `iso` that says it relatively, with the exact time in its title. */
export function relativeTimeElement(iso) {
  const time = document.createElement("time");
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) {
    time.textContent = iso || "unknown";
    return time;
  }
  time.dateTime = iso;
  time.title = new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeStyle: "medium" }).format(date);
  time.textContent = relativeWords(date);
  return time;
}
