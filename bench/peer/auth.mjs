// The peer's accounts service: Better Auth (email and password, the jwt and bearer plugins) on
// PostgreSQL, served by node:http under /api/auth. Before serving, it creates Better Auth's schema
// (getMigrations) and the tasks table (tasks.sql) if they are missing.
//
// Environment: PEER_DB (taskguard_peer), PEER_AUTH_PORT (18090), PEER_SECRET (required),
// PEER_AUTH_WORKERS (PEER_WORKERS, else the number of cores), PEER_POOL (connections per worker, 10).
import os from "node:os";
import { run } from "./cluster.mjs";

const port = Number(process.env.PEER_AUTH_PORT ?? 18090);
const workers = Number(process.env.PEER_AUTH_WORKERS ?? process.env.PEER_WORKERS ?? os.availableParallelism());
const baseURL = `http://127.0.0.1:${port}`;

async function options() {
  const [{ default: pg }, { bearer, jwt }] = await Promise.all([import("pg"), import("better-auth/plugins")]);
  return {
    baseURL,
    basePath: "/api/auth",
    secret: process.env.PEER_SECRET,
    database: new pg.Pool({
      host: "127.0.0.1",
      port: 5432,
      user: "postgres",
      database: process.env.PEER_DB ?? "taskguard_peer",
      max: Number(process.env.PEER_POOL ?? 10),
    }),
    emailAndPassword: { enabled: true },
    plugins: [
      bearer(),
      jwt({
        jwt: {
          issuer: baseURL,
          audience: baseURL,
          // the default payload (the user's fields) and the session's id, so that the task API can
          // check that the session behind a JWT still exists
          definePayload: ({ user, session }) => ({ ...user, sid: session.id }),
        },
      }),
    ],
    // The load comes from one address; Better Auth's limit per address (on in production) would
    // measure the limiter, not the service.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
  };
}

async function migrate() {
  const { readFile } = await import("node:fs/promises");
  const { getMigrations } = await import("better-auth/db/migration");
  const settings = await options();
  await (await getMigrations(settings)).runMigrations();
  await settings.database.query(await readFile(new URL("tasks.sql", import.meta.url), "utf8"));
  await settings.database.end();
}

async function serve() {
  const [http, { betterAuth }, { toNodeHandler }] = await Promise.all([
    import("node:http"),
    import("better-auth"),
    import("better-auth/node"),
  ]);
  http.createServer(toNodeHandler(betterAuth(await options()))).listen(port, "127.0.0.1");
}

await run("auth", workers, serve, migrate);
