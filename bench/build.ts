/**
 * Build figures: the real CLI as a child process (cold: player cache emptied; warm; after a one-line content
 * edit), a plain Vite build of the player alone as the reference, and the per-stage breakdown from stages.ts.
 * Everything runs in a scratch copy of the repo (shadow.ts), so no cache or dist/ of the author's is touched.
 */
import { createHash } from "node:crypto";
import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ChildRun, Sample } from "./measure.ts";
import { mustRun, repeat, round } from "./measure.ts";
import type { Shadow } from "./shadow.ts";
import { editOneLine, REPO } from "./shadow.ts";
import type { StageReport } from "./stages.ts";

/** What `coursepack build --json` prints, as far as the bench reads it. */
export interface CliReport {
  readonly ok: boolean;
  readonly ms: number;
  readonly courses: readonly { readonly packages: readonly { readonly file: string; readonly bytes: number; readonly scorm: string }[] }[];
}

type ChildFigures = "wallMs" | "buildMs" | "cpuMs" | "peakMb";

export interface BuildBench {
  readonly packages: number;
  /** Whole catalogue, every variant, three versions, player cache emptied before each run. */
  readonly cold: Record<ChildFigures, Sample>;
  /** The same with the player cached. */
  readonly warm: Record<ChildFigures, Sample>;
  /** Whole catalogue again after one content line of one course changed (player cached). */
  readonly edit: Record<ChildFigures, Sample>;
  /** `coursepack --version`: the CLI's start-up alone (Node, tsx, loading the sources). */
  readonly startup: Record<"wallMs" | "cpuMs", Sample>;
  /** `vite build` of the player alone with the root vite.config.ts. */
  readonly reference: Record<"wallMs" | "cpuMs" | "peakMb", Sample>;
  readonly stages: Record<string, Sample>;
  /** Warm in-process build time over the number of packages. */
  readonly perPackageWarmMs: number;
  /** The library run's zips are byte for byte the CLI's: the timed tools are the real pipeline. */
  readonly stageZipsMatchCli: boolean;
  /** The copy's player bundle is byte for byte the repo's cached one (null when the repo has none for this hash). */
  readonly playerMatchesRepo: boolean | null;
  /** Zips of the last cold build, for the size and learner benches. */
  readonly zips: readonly string[];
}

const CLI = ["packages/cli/bin/coursepack.js", "build", "--json"];
const mb = (kb: number | null) => (kb === null ? Number.NaN : round(kb / 1024));

export async function cliBuild(shadow: Shadow, args: readonly string[] = []): Promise<{ run: ChildRun; report: CliReport }> {
  const out = await shadow.outDir("build");
  const run = await mustRun(process.execPath, [...CLI, "--out", out, ...args], shadow.root);
  const report = JSON.parse(run.stdout) as CliReport;
  if (!report.ok) throw new Error(`coursepack build failed:\n${run.stdout.slice(0, 2000)}`);
  return { run, report };
}

const figures = ({ run, report }: { run: ChildRun; report: CliReport }): Record<ChildFigures, number> => ({
  wallMs: run.ms,
  buildMs: report.ms,
  cpuMs: run.cpuMs ?? Number.NaN,
  peakMb: mb(run.maxRssKb),
});

const packagesOf = (report: CliReport) => report.courses.flatMap((c) => c.packages);

export async function benchBuild(shadow: Shadow, runs: number, log: (line: string) => void): Promise<BuildBench> {
  // One unmeasured run first: tsx's transform cache and the OS file cache hold the copy's files from then on,
  // as they do on an author's machine; "cold" below means the player cache is empty, nothing else.
  await shadow.clearPlayerCache();
  let last = await cliBuild(shadow);
  log(`build: cold (player cache emptied), ${runs} runs`);
  const cold = await repeat(runs, async () => {
    await shadow.clearPlayerCache();
    last = await cliBuild(shadow);
    return figures(last);
  });
  const zips = packagesOf(last.report).map((p) => path.resolve(shadow.root, p.file));
  log(`build: warm, ${runs} runs`);
  const warm = await repeat(runs, async () => figures(await cliBuild(shadow)));
  log(`build: after a one-line content edit, ${runs} runs`);
  const edit = await benchEdit(shadow, runs);
  const { startup, reference } = await benchReferences(shadow, runs, log);
  const { stages, first } = await benchStages(shadow, runs, log);
  return {
    packages: zips.length,
    cold,
    warm,
    edit,
    startup,
    reference,
    stages,
    perPackageWarmMs: round(warm.buildMs.median / zips.length),
    stageZipsMatchCli: await zipsMatch(first, zips),
    playerMatchesRepo: await playerMatchesRepo(shadow),
    zips,
  };
}

/** The CLI's start-up alone, and a plain Vite build of the player: what the cold build cannot go below. */
async function benchReferences(shadow: Shadow, runs: number, log: (line: string) => void): Promise<Pick<BuildBench, "startup" | "reference">> {
  log(`build: CLI start-up (coursepack --version), ${runs} runs`);
  const startup = await repeat(runs, async () => {
    const run = await mustRun(process.execPath, [CLI[0]!, "--version"], shadow.root);
    return { wallMs: run.ms, cpuMs: run.cpuMs ?? Number.NaN };
  });
  log(`build: reference (vite build of the player alone), ${runs} runs`);
  const reference = await repeat(runs, async () => {
    const run = await mustRun(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--config", "vite.config.ts", "--logLevel", "warn"], shadow.root);
    return { wallMs: run.ms, cpuMs: run.cpuMs ?? Number.NaN, peakMb: mb(run.maxRssKb) };
  });
  return { startup, reference };
}

/** stages.ts in a child, player cache emptied each time; at most 3 runs (each is a whole cold build and more). */
async function benchStages(shadow: Shadow, runs: number, log: (line: string) => void): Promise<{ stages: Record<string, Sample>; first: StageReport }> {
  const stageRuns = Math.max(1, Math.min(runs, 3));
  log(`build: stages through the library (player cache emptied), ${stageRuns} runs`);
  const reports: StageReport[] = [];
  const stages = await repeat(stageRuns, async () => {
    await shadow.clearPlayerCache();
    const run = await mustRun(process.execPath, ["--import", "tsx", "bench/stages.ts", await shadow.outDir("stages")], shadow.root);
    const report = JSON.parse(run.stdout) as StageReport;
    reports.push(report);
    return flattenStages(report);
  });
  return { stages, first: reports[0]! };
}

function flattenStages(report: StageReport): Record<string, number> {
  return {
    "player build (Vite, cold)": report.playerMs,
    "all packages (after the player)": report.packagesMs,
    ...report.stages,
    "serial: validate one manifest alone": report.serial.validateOne,
    "serial: validate all manifests in one batch": report.serial.validateBatchAll,
    "serial: zip one package": report.serial.zipOne,
    "in-process rebuild of one course after an edit": report.editRebuildMs,
  };
}

/** A copy of the courses with one line of the first course edited before each run (a different edit each time). */
async function benchEdit(shadow: Shadow, runs: number): Promise<Record<ChildFigures, Sample>> {
  const edited = path.join(shadow.root, "edited-courses");
  await cp(path.join(shadow.root, "courses"), edited, { recursive: true });
  const dirs = (await readdir(edited)).sort().map((name) => path.join("edited-courses", name));
  const file = path.join(edited, path.basename(dirs[0]!), "course.yaml");
  const original = await readFile(file, "utf8");
  return repeat(runs, async (run) => {
    await writeFile(file, editOneLine(original, run + 1));
    return figures(await cliBuild(shadow, dirs));
  });
}

async function zipsMatch(report: StageReport, cliZips: readonly string[]): Promise<boolean> {
  if (Object.keys(report.zips).length !== cliZips.length) return false;
  for (const file of cliZips) {
    const hash = createHash("sha256").update(await readFile(file)).digest("hex");
    if (report.zips[path.basename(file)] !== hash) return false;
  }
  return true;
}

async function playerMatchesRepo(shadow: Shadow): Promise<boolean | null> {
  const [hash] = await readdir(path.join(shadow.root, ".cache", "player"));
  if (!hash) return null;
  const mine = await readFile(path.join(shadow.root, ".cache", "player", hash, "player.js")).catch(() => null);
  const repo = await readFile(path.join(REPO, ".cache", "player", hash, "player.js")).catch(() => null);
  return mine && repo ? mine.equals(repo) : null;
}
