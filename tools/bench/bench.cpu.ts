import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

/** Clock ticks per second of /proc/<pid>/stat times (getconf CLK_TCK; 100 on Linux when unknown). */
export function clockTicksPerSecond(): number {
  if (ticksPerSecond === undefined) {
    const result = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
    const value = Number(result.stdout?.trim());
    ticksPerSecond = Number.isInteger(value) && value > 0 ? value : 100;
  }
  return ticksPerSecond;
}

/** User + system CPU ticks from the text of /proc/<pid>/stat (fields 14 and 15; the name in parentheses may hold spaces). */
export function parseStatCpuTicks(stat: string): number | undefined {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  return Number.isFinite(user) && Number.isFinite(system) ? user + system : undefined;
}

/** CPU time (user + system) a process has used, in milliseconds; undefined when it is gone or not on Linux. */
export function processCpuMs(pid: number): number | undefined {
  try {
    const ticks = parseStatCpuTicks(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    return ticks === undefined ? undefined : (ticks * 1000) / clockTicksPerSecond();
  } catch {
    return undefined;
  }
}

/** The pids of a process's children (/proc/<pid>/task/<pid>/children); none when it is gone or not on Linux. */
export function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** CPU milliseconds of a process and its children: the API's primary and its workers (WEB_CONCURRENCY), or one process. */
export function groupCpuMs(pid: number): number | undefined {
  const own = processCpuMs(pid);
  if (own === undefined) return undefined;
  return childPids(pid).reduce((total, child) => total + (processCpuMs(child) ?? 0), own);
}

/** CPU milliseconds used per request during a run, by process. */
export interface CpuPerRequest {
  /** The API child, with its workers when it has some (for API runs). */
  api?: number;
  /** Neo4j's JVM (when the benchmark started it). */
  neo4j?: number;
  /** This process: the load generator, and for baselines the driver that runs the Cypher. */
  client: number;
}

/** Snapshots the CPU time of the API, Neo4j and this process; `perRequest` gives what they used since, per request. */
export class CpuMeter {
  private readonly start: { api?: number; neo4j?: number; client: number };

  constructor(private readonly pids: { api?: number; neo4j?: number }) {
    this.start = this.read();
  }

  perRequest(requests: number): CpuPerRequest {
    const now = this.read();
    const per = (before?: number, after?: number) =>
      before === undefined || after === undefined || requests === 0 ? undefined : (after - before) / requests;
    return {
      ...(this.pids.api ? { api: per(this.start.api, now.api) } : {}),
      ...(this.pids.neo4j ? { neo4j: per(this.start.neo4j, now.neo4j) } : {}),
      client: per(this.start.client, now.client) ?? Number.NaN,
    };
  }

  private read(): { api?: number; neo4j?: number; client: number } {
    const usage = process.cpuUsage();
    return {
      api: this.pids.api ? groupCpuMs(this.pids.api) : undefined,
      neo4j: this.pids.neo4j ? processCpuMs(this.pids.neo4j) : undefined,
      client: (usage.user + usage.system) / 1000,
    };
  }
}
