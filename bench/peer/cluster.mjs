// How both peer services run: with more than one worker, as a node:cluster whose primary only forks
// the workers (they share the port), reports one that dies and takes them down with it on SIGTERM;
// with one, in this process. The primary loads nothing else, so it stays small.
import cluster from "node:cluster";

export async function run(name, workers, serve, prepare) {
  if (workers <= 1) {
    if (prepare) await prepare();
    return serve();
  }
  if (cluster.isWorker) return process.env.PEER_PREPARE ? prepare().then(() => process.exit(0)) : serve();
  if (prepare) {
    // the one-time work (a schema) in a worker of its own, before the others start
    const code = await new Promise((done) => cluster.fork({ PEER_PREPARE: "1" }).on("exit", done));
    if (code !== 0) process.exit(1);
  }
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (!stopping) console.error(`${name} worker ${worker.process.pid} ended (${signal ?? code})`);
  });
  process.on("SIGTERM", () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers)) worker.process.kill("SIGTERM");
    process.exit(0);
  });
}
