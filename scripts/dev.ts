// npm run dev: the API with reload on change (tsx watch) on API_PORT, and Vite's dev server with
// hot reload on PORT, proxying /trpc, /api and /healthz to the API.
import { spawn, type ChildProcess } from "node:child_process";

const port = process.env.PORT ?? "3000";
const apiPort = process.env.API_PORT ?? String(Number(port) + 1);
const children: ChildProcess[] = [];

function run(cmd: string, args: string[], env: Record<string, string>) {
  const child = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  children.push(child);
  child.on("exit", (code) => {
    if (!stopping) {
      console.error(`${args.join(" ")} exited with ${code}; stopping.`);
      void stop(code ?? 1);
    }
  });
}

let stopping = false;
async function stop(code = 0) {
  stopping = true;
  await Promise.all(
    children.map((c) => new Promise<void>((resolve) => (c.exitCode !== null ? resolve() : (c.once("exit", () => resolve()), c.kill("SIGTERM"))))),
  );
  process.exit(code);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());

run("npx", ["tsx", "watch", "--clear-screen=false", "server/main.ts"], {
  PORT: apiPort,
  PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
  NODE_ENV: "development",
});
run("npx", ["vite", "--config", "client/vite.config.ts", "--port", port, "--strictPort"], { API_PORT: apiPort });
