// `npm start`: run the app. Configuration errors are printed plainly and exit with status 1.
import { ConfigError, loadConfig } from "./config/env";
import { createLogger } from "./lib/logger";
import { startServer } from "./start-server";
import { printBanner } from "./lib/banner";

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const log = createLogger(config.logLevel);
const started = Date.now();
let running: Awaited<ReturnType<typeof startServer>>;
try {
  running = await startServer(config, log);
} catch (error) {
  const e = error as Error;
  console.error(`\nCould not start: ${e.message}\n`);
  process.exit(1);
}
printBanner(running, Date.now() - started);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "shutting down");
  await running.stop();
  log.info("stopped");
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
