/**
 * The one place that talks HTTP. Every failure becomes one of three errors, so the views can tell
 * "the server said no" from "the server could not be reached" from "the session is over".
 */

/** fetch() rejected: no connection, DNS failure, the server is down, or the request was blocked. */
export class NetworkError extends Error {
  constructor(cause) {
    super("The server could not be reached.", { cause });
    this.name = "NetworkError";
  }
}

/** The server answered with an error status. `code` is the auth API's code; the task API has none. */
export class ApiError extends Error {
  constructor(status, body, headers) {
    super(messageOf(body) || `The server answered ${status}.`);
    this.name = "ApiError";
    this.status = status;
    this.code = body && typeof body.code === "string" ? body.code : null;
    this.retryAfterSeconds = status === 429 ? retryAfterSeconds(headers) : null;
  }
}

/** The session token was refused: the person must sign in again. */
export class SessionEndedError extends Error {
  constructor() {
    super("The session has ended.");
    this.name = "SessionEndedError";
  }
}

/**
 * Sends one JSON request to a path relative to the page (so the UI works under any context root).
 * Resolves to {data, headers, status}; rejects with NetworkError or ApiError. `keepalive` lets the
 * request finish after the page is closed. `cookies` lets the server's HttpOnly cookies (the session, a
 * two-factor challenge, a trusted device) travel both ways, as every accounts API call does; task API
 * calls carry their JWT as a bearer and no cookie.
 */
export async function request(
  method,
  path,
  { body, bearer, query, keepalive = false, cookies = false } = {},
) {
  const url = new URL(path, document.baseURI);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(name, value);
  }
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (bearer) headers.Authorization = `Bearer ${bearer}`;

  let response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
      credentials: cookies ? "same-origin" : "omit",
      keepalive,
    });
  } catch (cause) {
    throw new NetworkError(cause);
  }
  const data = await readJson(response);
  if (!response.ok) throw new ApiError(response.status, data, response.headers);
  return { data, headers: response.headers, status: response.status };
}

async function readJson(response) {
  if (response.status === 204) return null;
  try {
    const text = await response.text();
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

function messageOf(body) {
  if (!body || typeof body !== "object") return null;
  if (typeof body.message === "string") return body.message;
  if (typeof body.detail === "string") return body.detail;
  return null;
}

function retryAfterSeconds(headers) {
  const value = headers.get("Retry-After") ?? headers.get("X-Retry-After");
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Math.max(1, Number(value.trim()));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(1, Math.ceil((date - Date.now()) / 1000));
}
