/**
 * The steps of one course, phase by phase, as build-course.ts runs them for a batch of courses: open it
 * (before the player is needed), prepare its packages in memory, finish them once their manifests are
 * checked and zipped, and write them all or nothing. A course that fails a step carries its report through
 * the later phases untouched.
 */
import path from "node:path";
import type { Course, Diagnostic, Result } from "@coursepack/course-model";
import { error, hasErrors, warning } from "@coursepack/course-model";
import { readCourseAssets } from "./assets.ts";
import type { BuildContext, CourseReport, WrittenPackage } from "./build-course.ts";
import { CODES } from "./codes.ts";
import { displayPath, openCourse } from "./load-course.ts";
import type { CheckedPackage } from "./check-packages.ts";
import type { BuiltPackage, PackagePlan, PreparedPackage } from "./package-course.ts";
import { finishPackage, planPackages, preparePackage } from "./package-course.ts";
import { standardsFileName, standardsMatrixHtml } from "./outputs/matrix.ts";
import { sheetName } from "./package-name.ts";
import type { BuildTools, PlayerBundle } from "./tools.ts";
import type { OutputFile } from "./write-output.ts";
import { writeAllOrNothing } from "./write-output.ts";
import type { PackageFile } from "./zip.ts";

/** A course on its way through the phases, or stopped with its report. */
export type CourseStep<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly report: CourseReport };

export interface OpenedCourse {
  /** The course path as given, relative to the build root. */
  readonly source: string;
  /** The course file, where the course's own diagnostics point. */
  readonly file: string;
  readonly courseId: string;
  /** The whole course (all variants): its standards matrix is written with its packages. */
  readonly course: Course;
  readonly plans: readonly PackagePlan[];
  /** Course assets, already named under `assets/`. */
  readonly assets: readonly PackageFile[];
  /** Warnings found so far; errors would have stopped the course. */
  readonly warnings: readonly Diagnostic[];
  /** Time spent on the course so far, in milliseconds. */
  readonly ms: number;
}

export interface PreparedCourse extends OpenedCourse {
  readonly packages: readonly PreparedPackage[];
}

/** A course whose packages are checked: only what writing needs is kept, not the prepared files. */
export interface FinishedCourse extends OpenedCourse {
  readonly built: readonly Result<BuiltPackage>[];
}

/** load -> parse/validate -> variants × SCORM versions -> assets (the logo and Markdown images). */
export async function openForBuild(source: string, ctx: BuildContext): Promise<CourseStep<OpenedCourse>> {
  const started = performance.now();
  const shown = displayPath(source, ctx.config.root);
  const stop = (courseId: string | null, diagnostics: readonly Diagnostic[]): CourseStep<OpenedCourse> => ({
    ok: false,
    report: { source: shown, courseId, ok: false, packages: [], diagnostics, ms: performance.now() - started },
  });
  const loaded = await openCourse(source, ctx.tools, ctx.config.root);
  if (!loaded.ok) return stop(null, loaded.diagnostics);
  const { course, files, file } = loaded.value;
  const plans = planPackages(ctx.tools.variants(course), ctx.config.scorm);
  const assets = await readCourseAssets(course, files, file);
  if (!assets.ok) return stop(ownCopy(course.id), [...loaded.warnings, ...assets.diagnostics]);
  const warnings = [...loaded.warnings, ...noVersions(plans, file)];
  const value = { source: shown, file, courseId: ownCopy(course.id), course, plans, assets: assets.value, warnings, ms: performance.now() - started };
  return { ok: true, value };
}

/**
 * Every package of the course in memory: data, launch page, tracking sheet, manifest. One package after
 * another: the work is all on this thread, and each package's time is then its own.
 */
export async function prepareCourse(course: OpenedCourse, tools: BuildTools, player: PlayerBundle): Promise<PreparedCourse> {
  const packages: PreparedPackage[] = [];
  for (const plan of course.plans) packages.push(await preparePackage(plan, { tools, player, assets: course.assets }));
  return { ...course, packages, ms: course.ms + sum(packages.map((p) => p.ms)) };
}

/** The course's packages once checked (zips and manifest diagnostics), in package order. */
export function finishCourse(course: PreparedCourse, checked: readonly CheckedPackage[]): FinishedCourse {
  const { packages, ...opened } = course;
  const built = packages.map((p, i) => finishPackage(p, checked[i]!));
  return { ...opened, built, ms: course.ms + sum(checked.map((c) => c.ms)) };
}

/** Writes the course's packages only when all of them built and none clashes with an earlier course's. */
export async function writeCourse(course: FinishedCourse, ctx: BuildContext): Promise<CourseReport> {
  const started = performance.now();
  const problems = course.built.flatMap((b) => (b.ok ? b.warnings : b.diagnostics));
  const packages = course.built.flatMap((b) => (b.ok ? [b.value] : []));
  const report = (ok: boolean, written: readonly WrittenPackage[], found: readonly Diagnostic[]): CourseReport =>
    ({ source: course.source, courseId: course.courseId, ok, packages: written, diagnostics: [...course.warnings, ...found], ms: course.ms + performance.now() - started });
  const clashes = clashesWith(packages, ctx.claimed, course.file);
  if (hasErrors(problems) || clashes.length > 0) return report(false, [], [...problems, ...clashes]);
  try {
    // The course's standards matrix goes with its packages: all of the course's files, or none.
    const matrix = { name: standardsFileName(course.courseId), bytes: new TextEncoder().encode(standardsMatrixHtml(course.course)) };
    await writeAllOrNothing(ctx.config.out, [...packages.flatMap(outputFiles), matrix]);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? String(e);
    return report(false, [], [...problems, error(CODES.writeFailed, `cannot write to \`${ctx.config.out}\`: ${why}`, { file: course.file }, "Check the output folder: free space, permissions.")]);
  }
  for (const p of packages) ctx.claimed?.add(p.plan.name);
  return report(true, packages.map((p) => packageReport(p, ctx.config.out)), problems);
}

function outputFiles(p: BuiltPackage): OutputFile[] {
  return [{ name: p.plan.name, bytes: p.zip }, { name: sheetName(p.plan.name), bytes: p.sheet }];
}

function clashesWith(packages: readonly BuiltPackage[], claimed: Set<string> | undefined, at: string): Diagnostic[] {
  return packages
    .filter((p) => claimed?.has(p.plan.name))
    .map((p) => error(CODES.duplicatePackage, `\`${p.plan.name}\` is already built from another course in this build`, { file: at },
      "Give each course its own `id`."));
}

function noVersions(plans: readonly PackagePlan[], at: string): Diagnostic[] {
  if (plans.length > 0) return [];
  return [warning(CODES.noVersions, "nothing to build: the course's `scorm` versions and the build's do not overlap", { file: at },
    "Add the version to the course's `scorm` list, or build with a `--scorm` the course allows.")];
}

function packageReport(p: BuiltPackage, out: string): WrittenPackage {
  const file = path.join(out, p.plan.name);
  return { file, sheet: path.join(out, sheetName(p.plan.name)), scorm: p.plan.version, variant: p.plan.variant.key, contents: p.plan.variant, bytes: p.zip.byteLength, ms: p.ms, buildId: p.buildId };
}

/**
 * A string of its own. The parser's strings are slices of the course's source text, and V8 keeps a whole
 * source alive for any slice of it: a report holding `course.id` as parsed would hold every course.yaml
 * of a build (about 140 KB each) until the build ends.
 */
function ownCopy(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
