/** Small DOM helpers. Markup comes from <template>s; data is only ever inserted as text. */

/** A deep copy of the first element of a <template> in index.html. */
export function fromTemplate(id) {
  const template = document.getElementById(id);
  return template.content.firstElementChild.cloneNode(true);
}

/** A localised, readable date and time inside a <time> element. */
export function timeElement(iso) {
  const time = document.createElement("time");
  if (!iso) {
    time.textContent = "unknown";
    return time;
  }
  time.dateTime = iso;
  const date = new Date(iso);
  time.textContent = Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(date);
  return time;
}
