// CPU accounting for benchmarks that run a server in another process: what a process, the
// PostgreSQL server on a port, and the whole machine used between two readings (from /proc).
import fs from "node:fs";
import os from "node:os";

/** CPU seconds a process has used so far (user + system), with its ended children's if asked. */
export function cpuSeconds(pid: number, withEndedChildren = false): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    const own = Number(fields[11]) + Number(fields[12]);
    return (withEndedChildren ? own + Number(fields[13]) + Number(fields[14]) : own) / 100;
  } catch {
    return null;
  }
}

const postgresPids = new Set<string>();

/**
 * CPU seconds of every process of the PostgreSQL server that serves `databaseUrl`'s port: the
 * server, its running backends, and the backends that have ended (connections closed meanwhile).
 */
export function postgresCpuSeconds(databaseUrl: string): number | null {
  const port = new URL(databaseUrl).port;
  let total = 0;
  let found = false;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8");
      const isServer = cmd.includes("postgres") && cmd.includes(`-p\0${port}\0`);
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = stat.split(") ")[1]!.split(" ")[1]!;
      if (isServer || postgresPids.has(ppid)) {
        postgresPids.add(entry);
        found = true;
        total += cpuSeconds(Number(entry), isServer) ?? 0;
      }
    } catch {
      // The process ended meanwhile.
    }
  }
  return found ? total : null;
}

function machineTimes(): { idle: number; total: number } {
  let idle = 0;
  let total = 0;
  for (const c of os.cpus()) {
    idle += c.times.idle;
    total += c.times.idle + c.times.user + c.times.sys + c.times.nice + c.times.irq;
  }
  return { idle, total };
}

export type CpuReading = { app: number | null; postgres: number | null; loadGenerator: number; machineBusy: number };

/** Starts a reading; the returned function ends it (CPU seconds used by each, machine busy 0–1). */
export function startCpuReading(appPid: number, databaseUrl: string): () => CpuReading {
  const app = cpuSeconds(appPid);
  const postgres = postgresCpuSeconds(databaseUrl);
  const own = process.cpuUsage();
  const machine = machineTimes();
  return () => {
    const appAfter = cpuSeconds(appPid);
    const pgAfter = postgresCpuSeconds(databaseUrl);
    const ownUsed = process.cpuUsage(own);
    const machineAfter = machineTimes();
    return {
      app: app !== null && appAfter !== null ? appAfter - app : null,
      postgres: postgres !== null && pgAfter !== null ? pgAfter - postgres : null,
      loadGenerator: (ownUsed.user + ownUsed.system) / 1e6,
      machineBusy: 1 - (machineAfter.idle - machine.idle) / (machineAfter.total - machine.total),
    };
  };
}
