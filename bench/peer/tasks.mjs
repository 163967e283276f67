// The peer's task API: GET /api/users/{user_id}/tasks with taskguard's answer for that call
// (specs/contracts/tasks-api.yaml), each request checked in the plain way: the bearer JWT verified
// against Better Auth's JWKS (jose, keys cached), then one query that its session still exists and
// has not expired, then one query for the tasks. A node:cluster of PEER_WORKERS workers (the number
// of cores by default) shares the port.
//
// Implemented: `limit` (1 to 100) and `cursor`, for the default sort (newest first, `sort=-created`).
// Not implemented, and refused with 400 rather than ignored: the other sorts, `completed`, `status`, `q`.
//
// Environment: PEER_DB, PEER_TASKS_PORT (18091), PEER_AUTH_URL (http://127.0.0.1:18090),
// PEER_WORKERS (cores), PEER_POOL (connections per worker, 10).
import os from "node:os";
import { run } from "./cluster.mjs";

const port = Number(process.env.PEER_TASKS_PORT ?? 18091);
const workers = Number(process.env.PEER_WORKERS ?? os.availableParallelism());
const authURL = process.env.PEER_AUTH_URL ?? "http://127.0.0.1:18090";

await run("tasks", workers, serve);

async function serve() {
  const [http, { createRemoteJWKSet, jwtVerify }, { default: pg }] = await Promise.all([
    import("node:http"),
    import("jose"),
    import("pg"),
  ]);
  pg.types.setTypeParser(pg.types.builtins.INT8, Number); // task ids as JSON numbers
  const db = new pg.Pool({
    host: "127.0.0.1",
    port: 5432,
    user: "postgres",
    database: process.env.PEER_DB ?? "taskguard_peer",
    max: Number(process.env.PEER_POOL ?? 10),
  });
  const keys = createRemoteJWKSet(new URL(`${authURL}/api/auth/jwks`));
  const verifying = { issuer: authURL, audience: authURL, clockTolerance: 30 };

  // Timestamps as the contract writes them: UTC, exactly six fraction digits.
  const utc = (column) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS ${column}`;
  const select = `SELECT id, user_id, title, description, completed, ${utc("created_at")}, ${utc("updated_at")}
    FROM tasks WHERE user_id = $1`;
  const order = "ORDER BY created_at DESC, id DESC LIMIT $2";
  const firstPage = `${select} ${order}`;
  const nextPage = `${select} AND (created_at, id) < (timestamptz 'epoch' + $3::float8 * interval '1 microsecond', $4) ${order}`;
  const liveSession = `SELECT 1 FROM "session" WHERE id = $1 AND "userId" = $2 AND "expiresAt" > now()`;

  const send = (res, status, body, headers = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text), ...headers });
    res.end(text);
  };
  const refuse = (res, status, detail, headers = {}) =>
    send(res, status, { detail }, { "Cache-Control": "no-store", ...headers });

  // The claims of a valid JWT whose session is live, else null
  async function caller(authorization) {
    let claims;
    try {
      ({ payload: claims } = await jwtVerify(authorization.slice(7), keys, verifying));
    } catch {
      return null;
    }
    if (typeof claims.sub !== "string" || typeof claims.sid !== "string") return null;
    const { rowCount } = await db.query({ name: "session", text: liveSession, values: [claims.sid, claims.sub] });
    return rowCount === 1 ? claims : null;
  }

  async function list(req, res, path, userId, query) {
    const authorization = req.headers.authorization;
    if (!authorization || !/^bearer /i.test(authorization)) {
      return refuse(res, 401, "Not authenticated", { "WWW-Authenticate": "Bearer" });
    }
    const claims = await caller(authorization);
    if (!claims) return refuse(res, 401, "Not authenticated", { "WWW-Authenticate": 'Bearer error="invalid_token"' });
    if (claims.sub !== userId) return refuse(res, 403, "Access denied");

    for (const name of ["completed", "status", "q"]) {
      if (query.has(name)) return refuse(res, 400, `'${name}' is not implemented by the peer`);
    }
    if (query.has("sort") && query.get("sort") !== "-created") {
      return refuse(res, 400, "Only sort=-created is implemented by the peer");
    }
    const rawLimit = query.get("limit");
    const rawCursor = query.get("cursor");
    let limit = null; // no paging: every task
    if (rawLimit !== null) {
      if (!/^[0-9]{1,9}$/.test(rawLimit) || +rawLimit < 1 || +rawLimit > 100) {
        return refuse(res, 400, "Invalid value for 'limit': expected an integer from 1 to 100");
      }
      limit = +rawLimit;
    } else if (rawCursor !== null) {
      limit = 50;
    }
    let after = null;
    if (rawCursor !== null) {
      after = /^[A-Za-z0-9_-]{1,4096}$/.test(rawCursor) &&
        Buffer.from(rawCursor, "base64url").toString().match(/^-created\n([1-9][0-9]{0,18})\n(-?[0-9]{1,18})$/);
      if (!after) return refuse(res, 400, "Invalid cursor");
    }

    // One more than the page, to know whether another page follows (as taskguard does)
    const rows = (
      after
        ? await db.query({ name: "next-page", text: nextPage, values: [userId, limit + 1, after[2], after[1]] })
        : await db.query({ name: "first-page", text: firstPage, values: [userId, limit === null ? null : limit + 1] })
    ).rows;
    const headers = {};
    if (limit !== null && rows.length > limit) {
      rows.length = limit;
      const last = rows[limit - 1];
      const at = last.created_at; // 2026-11-24T10:14:08.911123Z
      const micros = BigInt(Date.parse(`${at.slice(0, 23)}Z`)) * 1000n + BigInt(at.slice(23, 26));
      const cursor = Buffer.from(`-created\n${last.id}\n${micros}`).toString("base64url");
      headers.Link = `<${path}?sort=-created&limit=${limit}&cursor=${cursor}>; rel="next"`;
    }
    send(res, 200, rows, headers);
  }

  async function handle(req, res) {
    const mark = req.url.indexOf("?");
    const path = mark < 0 ? req.url : req.url.slice(0, mark);
    if (path === "/health/ready") {
      await db.query("SELECT 1");
      return send(res, 200, { status: "UP" });
    }
    const match = /^\/api\/users\/([^/]+)\/tasks$/.exec(path);
    if (!match) return refuse(res, 404, "Not found");
    if (req.method !== "GET") return refuse(res, 405, "Method not allowed", { Allow: "GET" });
    let userId;
    try {
      userId = decodeURIComponent(match[1]);
    } catch {
      return refuse(res, 404, "Not found");
    }
    return list(req, res, path, userId, new URLSearchParams(mark < 0 ? "" : req.url.slice(mark + 1)));
  }

  http
    .createServer((req, res) => {
      handle(req, res).catch((error) => {
        console.error(error);
        if (!res.headersSent) refuse(res, 503, "Service temporarily unavailable", { "Retry-After": "5" });
      });
    })
    .listen(port, "127.0.0.1");
}
