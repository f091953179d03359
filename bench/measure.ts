/**
 * Small measuring helpers shared by the bench files: medians, timed child processes with their peak memory,
 * gzip sizes. Nothing here asserts anything: the bench reports figures, budgets are judged in run.ts.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";

export interface Sample {
  /** Median of the runs. */
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

export function summarise(values: readonly number[]): Sample {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median: round(median), min: round(sorted[0] ?? 0), max: round(sorted.at(-1) ?? 0), runs: sorted.length };
}

export const round = (n: number, places = 1): number => Math.round(n * 10 ** places) / 10 ** places;

/** Runs `once` n times in a row (each call prepares its own cold or warm state); each named figure summarised. */
export async function repeat<K extends string>(n: number, once: (run: number) => Promise<Record<K, number>>): Promise<Record<K, Sample>> {
  const values = new Map<K, number[]>();
  for (let run = 0; run < n; run++) {
    for (const [key, value] of Object.entries(await once(run)) as [K, number][]) values.set(key, [...(values.get(key) ?? []), value]);
  }
  return Object.fromEntries([...values].map(([key, list]) => [key, summarise(list)])) as Record<K, Sample>;
}

export interface ChildRun {
  /** Wall time seen by the parent, spawn to exit: what a user waits for. */
  readonly ms: number;
  /** Peak resident set of the child in KiB (GNU time's %M), or null when /usr/bin/time is missing. */
  readonly maxRssKb: number | null;
  /** User + system CPU time of the child in ms (GNU time), or null: less sensitive than wall time to a busy machine. */
  readonly cpuMs: number | null;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const GNU_TIME = "/usr/bin/time";
const RSS_MARK = "__bench_max_rss_kb=";

/** Runs a command to completion, timed; under GNU time when present, for the peak memory of the whole child. */
export function runChild(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<ChildRun> {
  const timed = existsSync(GNU_TIME);
  const [file, argv] = timed ? [GNU_TIME, ["-f", `${RSS_MARK}%M %U %S`, command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - started;
      const stderr = Buffer.concat(err).toString("utf8");
      const mark = stderr.lastIndexOf(RSS_MARK);
      const [rss, user, system] = mark >= 0 ? stderr.slice(mark + RSS_MARK.length).trim().split(/\s+/).map(Number) : [];
      const maxRssKb = rss ?? null;
      const cpuMs = user !== undefined && system !== undefined ? (user + system) * 1000 : null;
      resolve({ ms, maxRssKb, cpuMs, code, stdout: Buffer.concat(out).toString("utf8"), stderr: mark >= 0 ? stderr.slice(0, mark) : stderr });
    });
  });
}

/** A child run that must succeed: its output is the figure's evidence, so a failure stops the bench. */
export async function mustRun(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<ChildRun> {
  const run = await runChild(command, args, cwd, env);
  if (run.code !== 0) throw new Error(`${command} ${args.join(" ")} exited ${run.code}\n${run.stderr.slice(0, 2000)}\n${run.stdout.slice(0, 2000)}`);
  return run;
}

/** Gzip at zlib's default level 6: what a web server's on-the-fly compression typically sends. */
export function gzipBytes(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 6 }).byteLength;
}
