import { readFileSync } from 'node:fs';

/** The resident set size of a process in bytes, read from /proc/<pid>/status (VmRSS); undefined when it is gone. */
export function readRss(pid: number): number | undefined {
  return readStatusField(pid, 'VmRSS');
}

/** The largest resident set size the process ever had, in bytes (VmHWM, the kernel's high-water mark). */
export function readPeakRss(pid: number): number | undefined {
  return readStatusField(pid, 'VmHWM');
}

/** A field of /proc/<pid>/status given in kB, as bytes. */
export function readStatusField(pid: number, field: string): number | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  return parseStatusField(status, field);
}

/** Parses a `Name:   1234 kB` line of /proc/<pid>/status into bytes. */
export function parseStatusField(status: string, field: string): number | undefined {
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : undefined;
}

/** What a sampler saw: the first sample, the peak and the number of samples. */
export interface MemorySample {
  startBytes: number;
  peakBytes: number;
  samples: number;
}

/**
 * Samples one process's RSS every `intervalMs` (default 50 ms) from start() to stop(), keeping the peak. The timer
 * is unref'd so it never keeps the process alive.
 */
export class RssSampler {
  private timer?: NodeJS.Timeout;
  private peak = 0;
  private first = 0;
  private samples = 0;

  constructor(
    private readonly pid: number,
    private readonly intervalMs = 50,
  ) {}

  start(): void {
    this.stop();
    this.peak = 0;
    this.first = 0;
    this.samples = 0;
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
  }

  /** Stops sampling (taking one last sample) and returns the peak seen. */
  stop(): MemorySample {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
      this.sample();
    }
    return { startBytes: this.first, peakBytes: this.peak, samples: this.samples };
  }

  private sample(): void {
    const rss = readRss(this.pid);
    if (rss === undefined) return;
    if (this.samples === 0) this.first = rss;
    this.samples += 1;
    if (rss > this.peak) this.peak = rss;
  }
}
