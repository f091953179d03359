/**
 * One build of every course in courses/ per test run, shared by the end-to-end test files.
 *
 * Vitest gives each test file its own module registry (and, in the default forks pool, its own child
 * process), so a module-level cache alone would build once per file. The run is named after the vitest
 * process (the parent of every forked worker): the first file to ask claims the run's temp folder, builds
 * into it and leaves the report there; later files of the same run read the report. Folders of earlier runs
 * whose vitest process has ended are removed by the next build.
 */
import { readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isMainThread } from "node:worker_threads";
import type { BuildReport } from "@coursepack/builder";
import type { ScormVersion } from "@coursepack/course-model";

/** The repository root: the build reads courses/ from here, as `npm run build` does. */
export const REPO = fileURLToPath(new URL("../../", import.meta.url));

const RUNS = path.join(tmpdir(), "coursepack-e2e");
const REPORT = "report.json";
const FAILED = "failed.json";
const WAIT_MS = 180_000;

export interface SuiteBuild {
  /** The folder the packages were written to. */
  readonly out: string;
  readonly report: BuildReport;
  /** Time the build took (ms), as measured by the file that ran it. */
  readonly ms: number;
}

let mine: Promise<SuiteBuild> | undefined;

/** The run's build: built by the first caller of the run, read back by every later one. */
export function buildOnce(): Promise<SuiteBuild> {
  mine ??= claimOrWait(path.join(RUNS, `run-${runId()}`));
  return mine;
}

/** Builds every course into `out` exactly as the CLI's `build` does (all three SCORM versions). */
export async function buildCourses(out: string): Promise<BuildReport> {
  // Loaded only by the file that builds: the builder pulls in Vite, archiver and the XSD validator.
  const { buildAll, resolveConfig } = await import("@coursepack/builder");
  const config = await resolveConfig({ root: REPO, out });
  if (!config.ok) throw new Error(`the build config is wrong: ${JSON.stringify(config.diagnostics)}`);
  return buildAll(config.value);
}

async function claimOrWait(dir: string): Promise<SuiteBuild> {
  await mkdir(RUNS, { recursive: true });
  try {
    await mkdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    return waitFor(dir);
  }
  await removeEndedRuns(path.basename(dir));
  const out = path.join(dir, "dist");
  try {
    const started = performance.now();
    const report = await buildCourses(out);
    const build: SuiteBuild = { out, report, ms: Math.round(performance.now() - started) };
    await writeAtomically(path.join(dir, REPORT), JSON.stringify(build));
    return build;
  } catch (e) {
    await writeAtomically(path.join(dir, FAILED), JSON.stringify({ error: String(e) }));
    throw e;
  }
}

async function waitFor(dir: string): Promise<SuiteBuild> {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    const report = await readFile(path.join(dir, REPORT), "utf8").catch(() => null);
    if (report) return JSON.parse(report) as SuiteBuild;
    const failed = await readFile(path.join(dir, FAILED), "utf8").catch(() => null);
    if (failed) throw new Error(`the shared build failed in another test file: ${failed}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no shared build appeared in ${dir} within ${WAIT_MS} ms`);
}

async function writeAtomically(file: string, text: string): Promise<void> {
  await writeFile(`${file}.tmp`, text);
  await rename(`${file}.tmp`, file);
}

/**
 * The vitest process: forked workers are its children, worker threads live in it. Its start time goes into
 * the name too, so a later process that happens to get the same pid never reads an old run's build.
 */
function runId(): string {
  const pid = isMainThread ? process.ppid : process.pid;
  return `${pid}-${startTime(pid) ?? "0"}`;
}

/** A process's start time in clock ticks since boot (Linux /proc), or null where that cannot be read. */
function startTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) start at field 3; starttime is field 22.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

async function removeEndedRuns(current: string): Promise<void> {
  const names = await readdir(RUNS).catch(() => [] as string[]);
  for (const name of names) {
    const match = /^run-(\d+)-(\d+)$/.exec(name);
    if (!match || name === current) continue;
    const [, pid, started] = match;
    if (startTime(Number(pid)) !== started) await rm(path.join(RUNS, name), { recursive: true, force: true });
  }
}

/** The zip of one package in the run's build (variant null for a course with one outcome set). */
export function packageFile(build: SuiteBuild, courseId: string, variant: string | null, scorm: ScormVersion): string {
  const course = build.report.courses.find((c) => c.courseId === courseId);
  const found = course?.packages.find((p) => p.variant === variant && p.scorm === scorm);
  if (!found) throw new Error(`no ${courseId} ${variant ?? ""} SCORM ${scorm} package in the build report`);
  return found.file;
}
