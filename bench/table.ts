/**
 * The bench's printed report: plain text tables from the results that bench/results.json holds.
 */
import type { BuildBench } from "./build.ts";
import type { LearnerBench } from "./learner.ts";
import type { Sample } from "./measure.ts";
import type { ScaleBench, ScalePoint } from "./scale.ts";
import type { PackageSize } from "./size.ts";
import type { SuspendCase } from "./suspend.ts";

export interface Budget {
  readonly name: string;
  readonly limit: number;
  readonly measured: number;
  readonly unit: string;
  readonly pass: boolean;
  /** What the measured figure is, exactly. */
  readonly basis: string;
}

export interface Quoted {
  readonly name: string;
  readonly theirs: string;
  readonly ours: string;
}

export interface BenchResults {
  readonly date: string;
  readonly machine: { readonly cpus: number; readonly model: string; readonly memoryGb: number; readonly node: string; readonly loadAverage: { readonly start: number; readonly end: number } };
  readonly runs: number;
  readonly quick: boolean;
  readonly build: BuildBench;
  readonly scale: ScaleBench | null;
  readonly size: readonly PackageSize[];
  readonly learner: LearnerBench;
  readonly suspend: readonly SuspendCase[];
  readonly budgets: readonly Budget[];
  readonly quoted: readonly Quoted[];
  readonly seconds: number;
}

type Cell = string | number;

/** Columns padded to their widest cell; numbers right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const all = [header, ...rows].map((row) => row.map((c) => (typeof c === "number" ? fmt(c) : c)));
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? "").length)));
  const line = (row: readonly string[], source: readonly Cell[]) =>
    row.map((c, i) => (typeof source[i] === "number" ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(all[0]!, header), line(widths.map((w) => "-".repeat(w)), header), ...all.slice(1).map((row, i) => line(row, rows[i]!))].join("\n");
}

const fmt = (n: number): string => (Number.isNaN(n) ? "n/a" : Number.isInteger(n) ? String(n) : n.toFixed(1));
export const ms = (n: number): string => (Number.isNaN(n) ? "n/a" : n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`);
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const spread = (s: Sample, unit: (n: number) => string = ms): string => `${unit(s.min)} - ${unit(s.max)}`;
const short = (name: string): string => name.replace(/\.zip$/, "").replace("relationships-with-service-users", "rwsu");

function buildSection(r: BenchResults): string {
  const b = r.build;
  const row = (name: string, f: BuildBench["cold"]) => [name, ms(f.wallMs.median), spread(f.wallMs), ms(f.buildMs.median), ms(f.cpuMs.median), `${fmt(f.peakMb.median)} MB`];
  const rows = [
    row("cold: player cache emptied", b.cold),
    row("warm: player cached", b.warm),
    row("after a one-line content edit", b.edit),
    ["start-up alone: coursepack --version", ms(b.startup.wallMs.median), spread(b.startup.wallMs), "", ms(b.startup.cpuMs.median), ""],
    ["reference: vite build of the player alone", ms(b.reference.wallMs.median), spread(b.reference.wallMs), "", ms(b.reference.cpuMs.median), `${fmt(b.reference.peakMb.median)} MB`],
    ["per package, player built (warm buildAll / packages)", ms(b.perPackageWarmMs), "", "", "", ""],
  ];
  const stages = Object.entries(b.stages).map(([name, s]) => [name, ms(s.median), spread(s)]);
  return [
    `BUILD: whole catalogue, ${b.packages} packages (every course, variant and SCORM version), \`coursepack build --json\` as a child process; median of ${b.cold.wallMs.runs} runs`,
    table(["", "wall", "min - max", "buildAll", "CPU (user+sys)", "peak RSS"], rows),
    "",
    `STAGES: the same cold build through the library (median of ${Object.values(b.stages)[0]?.runs ?? 0} runs); a stage = wall time with one of its calls in flight, overlaps counted once`,
    table(["stage", "median", "min - max"], stages),
    `library zips identical to the CLI's: ${b.stageZipsMatchCli ? "yes" : "NO"}; player bundle of the scratch copy identical to the repo's cache: ${b.playerMatchesRepo === null ? "not in the repo's cache" : b.playerMatchesRepo ? "yes" : "NO"}`,
  ].join("\n");
}

const VERDICTS: Record<ScaleBench["verdict"], string> = {
  "linear": "linear: time per package stays within 25%",
  "sub-linear": "better than linear: time per package falls as fixed costs (start-up, schema compiles) spread",
  "super-linear": "WORSE than linear: time per package grows with the catalogue",
};

function scaleSection(s: ScaleBench | null): string {
  if (!s) return "SCALE: skipped (--quick)";
  const row = (p: ScalePoint) => [p.courses, p.scorm, p.packages, ms(p.wallMs), ms(p.buildMs), p.msPerPackage, p.cpuMsPerPackage, `${fmt(p.peakMb)} MB`];
  return [
    "SCALE: courses generated from the real ones, built in one `coursepack build` run each, player cached; one run per size",
    table(["courses", "SCORM", "packages", "wall", "buildAll", "buildAll ms/package", "CPU ms/package", "peak RSS"], [...s.points, ...(s.allVersions ? [s.allVersions] : [])].map(row)),
    `ms/package at ${s.points.at(-1)?.courses} courses / at ${s.points[0]?.courses}: ${s.growth} (CPU: ${s.cpuGrowth}) -> ${VERDICTS[s.verdict]}`,
  ].join("\n");
}

function sizeSection(size: readonly PackageSize[]): string {
  const rows = size.map((p) => [short(p.name), kb(p.zipBytes), kb(p.firstLoadRaw), kb(p.firstLoadGzip), p.firstLoad.map((f) => `${f.name} ${kb(f.gzip)}`).join(" + ")]);
  return ["SIZE: zip, and what the browser loads before first content (each file gzipped alone, level 6)", table(["package", "zip", "first load raw", "gzip", "gzip by file"], rows)].join("\n");
}

function learnerSection(l: LearnerBench, runs: number): string {
  const loads = l.loads.map((p) => [short(p.name), ms(p.normal.firstPaintMs.median), ms(p.normal.firstContentMs.median), ms(p.normal.interactiveMs.median),
    ms(p.normal.startResponseMs.median), `${fmt(p.normal.heapKb.median)} KB`, p.normal.requests.median,
    ms(p.slow.firstPaintMs.median), ms(p.slow.firstContentMs.median), ms(p.slow.startResponseMs.median)]);
  const sessions = l.sessions.map((s) => [short(s.name), s.scorm, s.presses, s.calls, s.setValue, s.getValue, s.commit, round1(s.commit / s.presses), s.finish, s.violations, s.suspendDataChars]);
  return [
    `LEARNER: headless Chromium, loopback server, launch page standalone, fresh context per load; median of ${runs} loads (ms since navigation start)`,
    "  FCP = paint entry first-contentful-paint (the launch page's static title); welcome h1 / Start = first animation frame with the player's welcome heading laid out / Start enabled",
    table(["package", "FCP", "welcome h1", "Start on", "Start->section", "JS heap", "requests", "4x: FCP", "4x: welcome", "4x: Start->section"], loads),
    "",
    "SCORM: one learner session per package (bot: right answers, every section, submit, Exit) under scorm-again with Moodle's value rules",
    table(["package", "SCORM", "presses", "API calls", "SetValue", "GetValue", "Commit", "commits/press", "Finish", "violations", "suspend_data"], sessions),
    ...firstPerVersion(l.sessions).map((s) => `  most set, ${short(s.name)}: ${s.mostSet.join(", ")}`),
  ].join("\n");
}

function firstPerVersion(sessions: LearnerBench["sessions"]): LearnerBench["sessions"] {
  return sessions.filter((s, i) => sessions.findIndex((t) => t.scorm.slice(0, 4) === s.scorm.slice(0, 4)) === i);
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

function suspendSection(cases: readonly SuspendCase[]): string {
  const rows = cases.map((c) => [c.name, c.outcomes, c.questions, c.attempts, c.chars]);
  return ["SUSPEND DATA at its worst (encodeProgress: every section, every choice ticked, most attempts, longest revision)", table(["course", "outcomes", "questions", "attempts", "chars"], rows)].join("\n");
}

export function renderReport(r: BenchResults): string {
  const m = r.machine;
  const budgets = r.budgets.map((b) => [b.name, `<= ${b.limit} ${b.unit}`, `${fmt(b.measured)} ${b.unit}`, b.pass ? "pass" : "FAIL", b.basis]);
  return [
    `coursepack bench, ${r.date}: ${m.cpus} x ${m.model}, ${m.memoryGb} GB, Node ${m.node}; load average (1 min) ${m.loadAverage.start} at start, ${m.loadAverage.end} at end; ${r.seconds} s`,
    "",
    buildSection(r),
    "",
    scaleSection(r.scale),
    "",
    sizeSection(r.size),
    "",
    learnerSection(r.learner, r.runs),
    "",
    suspendSection(r.suspend),
    "",
    "BUDGETS",
    table(["budget", "limit", "measured", "", "measured as"], budgets),
    "",
    "QUOTED, NOT MEASURED HERE: Adapt's example course on this kind of machine",
    table(["", "Adapt (quoted)", "coursepack (measured above)"], r.quoted.map((q) => [q.name, q.theirs, q.ours])),
  ].join("\n");
}
