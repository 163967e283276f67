/**
 * What the auth API's error codes mean to a person, and which field each belongs to. Codes not listed
 * here are shown with the server's own message.
 */

export const AUTH_ERRORS = {
  PASSWORD_TOO_SHORT: { field: "password", message: "Use at least 8 characters." },
  PASSWORD_TOO_LONG: { field: "password", message: "Use at most 128 characters." },
  PASSWORD_TOO_COMMON: {
    field: "password",
    message: "This password is too common. Choose one that is harder to guess.",
  },
  PASSWORD_TOO_WEAK: {
    field: "password",
    message: "This password is too easy to guess. Add words or characters that follow no pattern.",
  },
  PASSWORD_EQUALS_EMAIL: { field: "password", message: "Your password must not be your email." },
  INVALID_EMAIL: { field: "email", message: "Enter a valid email address, like name@example.com." },
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: {
    field: "email",
    message: "An account with this email already exists. Sign in, or use another email.",
  },
  INVALID_EMAIL_OR_PASSWORD: { field: null, message: "Wrong email or password." },
  INVALID_PASSWORD: { field: "current", message: "That is not your current password." },
  EMAIL_IS_THE_SAME: { field: "email", message: "That is already your email." },
  EMAIL_NOT_VERIFIED: {
    field: null,
    message: "Confirm your email first: we have mailed you a new link.",
  },
};

/** Which task field a task API 400 ("Title cannot be empty or whitespace", ...) is about. */
export function taskFieldOf(detail) {
  if (/^title\b|'title'/i.test(detail)) return "title";
  if (/^description\b|'description'/i.test(detail)) return "description";
  if (/^due date\b|'due_date'/i.test(detail)) return "due_date";
  return null;
}

export const EMPTY_TITLE = "Enter a title. It cannot be empty or only spaces.";
export const INVALID_DUE_DATE = "Enter a whole date, or clear the field for no due date.";

/**
 * When a wait of `seconds` ends, in words a person reads at a glance: "in 30 seconds", "in about 5
 * minutes", "in about an hour", "in about 3 hours".
 */
export function inAbout(seconds) {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return `in ${s} ${s === 1 ? "second" : "seconds"}`;
  const minutes = Math.round(s / 60);
  if (minutes < 50) return minutes === 1 ? "in about a minute" : `in about ${minutes} minutes`;
  const hours = Math.round(s / 3600);
  if (hours <= 1) return "in about an hour";
  if (hours < 36) return `in about ${hours} hours`;
  return `in about ${Math.round(s / 86400)} days`;
}
