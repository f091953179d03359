/**
 * Scale: many courses in one `coursepack build` run. The courses are generated from the real ones (each copy
 * with its own id and title and one line of content changed), built with the player cached, and the time per
 * package compared across catalogue sizes to see whether it grows linearly.
 */
import { SCORM_VERSIONS } from "@coursepack/course-model";
import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { cliBuild } from "./build.ts";
import { round } from "./measure.ts";
import type { Shadow } from "./shadow.ts";
import { editOneLine } from "./shadow.ts";

export interface ScalePoint {
  readonly courses: number;
  readonly scorm: string;
  readonly packages: number;
  readonly wallMs: number;
  /** The build's own time (buildAll, in the child): process start-up and module loading excluded. */
  readonly buildMs: number;
  readonly msPerPackage: number;
  /** User + system CPU time of the whole child per package: steadier than wall time on a busy machine. */
  readonly cpuMsPerPackage: number;
  readonly peakMb: number;
}

export interface ScaleBench {
  readonly points: readonly ScalePoint[];
  /** ms/package at the largest size over ms/package at the smallest: 1 is perfectly linear. */
  readonly growth: number;
  /** The same for CPU time per package. */
  readonly cpuGrowth: number;
  /** How total time grows with the number of packages, judged on wall time per package. */
  readonly verdict: "linear" | "sub-linear" | "super-linear";
  /** The largest size again with all three SCORM versions, when asked for. */
  readonly allVersions: ScalePoint | null;
}

/** Within this factor either way, time per package counts as constant, i.e. total time grows linearly. */
const LINEAR_TOLERANCE = 1.25;

/** Writes `count` courses under <shadow>/scale/, cycling through the real ones; returns their folders, relative. */
export async function generateCourses(shadow: Shadow, count: number): Promise<string[]> {
  const sources = (await readdir(path.join(shadow.root, "courses"))).sort();
  const dirs: string[] = [];
  for (let i = 1; i <= count; i++) {
    const source = sources[(i - 1) % sources.length]!;
    const dir = path.join("scale", `${String(i).padStart(3, "0")}-${source}`);
    await cp(path.join(shadow.root, "courses", source), path.join(shadow.root, dir), { recursive: true });
    const file = path.join(shadow.root, dir, "course.yaml");
    await writeFile(file, varied(await readFile(file, "utf8"), i));
    dirs.push(dir);
  }
  return dirs;
}

/** A distinct id and title, and one content line changed, so no two generated packages are alike. */
function varied(yaml: string, i: number): string {
  const renamed = yaml
    .replace(/^id: (.+)$/m, (_, id: string) => `id: ${id}-copy-${i}`)
    .replace(/^title: (.+)$/m, (_, title: string) => `title: ${title} (copy ${i})`);
  return editOneLine(renamed, i);
}

export async function benchScale(shadow: Shadow, sizes: readonly number[], allVersions: boolean, log: (line: string) => void): Promise<ScaleBench> {
  const dirs = await generateCourses(shadow, Math.max(...sizes));
  // Unmeasured: makes sure the player is cached, so every point times packaging only.
  await scalePoint(shadow, dirs.slice(0, 1), "1.2");
  const points: ScalePoint[] = [];
  for (const size of sizes) {
    log(`scale: ${size} courses, SCORM 1.2`);
    points.push(await scalePoint(shadow, dirs.slice(0, size), "1.2"));
  }
  const first = points[0]!;
  const last = points.at(-1)!;
  const growth = round(last.msPerPackage / first.msPerPackage, 2);
  const cpuGrowth = round(last.cpuMsPerPackage / first.cpuMsPerPackage, 2);
  const verdict = growth > LINEAR_TOLERANCE ? "super-linear" : growth < 1 / LINEAR_TOLERANCE ? "sub-linear" : "linear";
  if (allVersions) log(`scale: ${last.courses} courses, all three SCORM versions`);
  const all = allVersions ? await scalePoint(shadow, dirs.slice(0, last.courses), SCORM_VERSIONS.join(",")) : null;
  return { points, growth, cpuGrowth, verdict, allVersions: all };
}

/** One build of the given courses in one run; `scorm` as the CLI's --scorm value. */
export async function scalePoint(shadow: Shadow, dirs: readonly string[], scorm: string): Promise<ScalePoint> {
  const { run, report } = await cliBuild(shadow, ["--scorm", scorm, ...dirs]);
  const packages = report.courses.reduce((n, c) => n + c.packages.length, 0);
  return {
    courses: dirs.length,
    scorm,
    packages,
    wallMs: round(run.ms),
    buildMs: report.ms,
    msPerPackage: round(report.ms / packages),
    cpuMsPerPackage: run.cpuMs === null ? Number.NaN : round(run.cpuMs / packages),
    peakMb: run.maxRssKb === null ? Number.NaN : round(run.maxRssKb / 1024),
  };
}
