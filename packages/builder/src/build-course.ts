/**
 * The build pipeline (GUIDE.md "The two flows"), one course at a time:
 *   load -> parse/validate -> variants -> assets -> per variant × version: package (data, launch page, sheet,
 *   manifest, validation, zip) -> write all or nothing.
 * The player bundle is built once per build by the caller and passed in. A failing course is reported with
 * every diagnostic found and leaves nothing in the output folder; the other courses still build.
 */
import path from "node:path";
import type { Diagnostic, Result } from "@coursepack/course-model";
import { error, hasErrors, warning } from "@coursepack/course-model";
import { readCourseAssets } from "./assets.ts";
import { CODES } from "./codes.ts";
import type { ResolvedConfig } from "./config.ts";
import { displayPath, openCourse } from "./load-course.ts";
import type { BuiltPackage, PackagePlan } from "./package-course.ts";
import { packageCourse, planPackages } from "./package-course.ts";
import { sheetName } from "./package-name.ts";
import type { BuildTools, PlayerBundle } from "./tools.ts";
import type { OutputFile } from "./write-output.ts";
import { writeAllOrNothing } from "./write-output.ts";

export interface BuildContext {
  readonly config: ResolvedConfig;
  readonly tools: BuildTools;
  readonly player: PlayerBundle;
  /** Package names written earlier in this build: a second course may not overwrite them. */
  readonly claimed?: Set<string>;
}

export interface WrittenPackage {
  /** Absolute path of the zip. */
  readonly file: string;
  /** Absolute path of the tracking sheet beside it. */
  readonly sheet: string;
  readonly scorm: PackagePlan["version"];
  readonly variant: string | null;
  readonly bytes: number;
  readonly ms: number;
  readonly buildId: string;
}

export interface CourseReport {
  /** The course path as given, relative to the build root. */
  readonly source: string;
  /** Null when the course could not be read. */
  readonly courseId: string | null;
  readonly ok: boolean;
  readonly packages: readonly WrittenPackage[];
  /** Errors (when not ok) and warnings. */
  readonly diagnostics: readonly Diagnostic[];
  readonly ms: number;
}

/** Builds and writes every package of one course. Never throws for a user mistake: it reports it. */
export async function buildCourse(source: string, ctx: BuildContext): Promise<CourseReport> {
  const started = performance.now();
  const report = (r: Omit<CourseReport, "source" | "ms">): CourseReport => ({ source: displayPath(source, ctx.config.root), ms: performance.now() - started, ...r });
  // load -> parse/validate
  const loaded = await openCourse(source, ctx.tools, ctx.config.root);
  if (!loaded.ok) return report({ courseId: null, ok: false, packages: [], diagnostics: loaded.diagnostics });
  const { course, files, file } = loaded.value;
  // variants × SCORM versions
  const plans = planPackages(ctx.tools.variants(course), ctx.config.scorm);
  // course assets: the logo and Markdown images
  const assets = await readCourseAssets(course, files, file);
  if (!assets.ok) return report({ courseId: course.id, ok: false, packages: [], diagnostics: [...loaded.warnings, ...assets.diagnostics] });
  // per package: data, launch page, tracking sheet, manifest, validation, zip (in memory)
  const built = await Promise.all(plans.map((plan) => packageCourse(plan, { tools: ctx.tools, player: ctx.player, assets: assets.value })));
  // write: all of the course's packages, or nothing
  const outcome = await writeCourse(built, ctx, file);
  return report({ courseId: course.id, ...outcome, diagnostics: [...loaded.warnings, ...noVersions(plans, file), ...outcome.diagnostics] });
}

/** Writes the course's packages only when all of them built and none clashes with an earlier course's. */
async function writeCourse(built: readonly Result<BuiltPackage>[], ctx: BuildContext, at: string): Promise<Written> {
  const problems = built.flatMap((b) => (b.ok ? b.warnings : b.diagnostics));
  const packages = built.flatMap((b) => (b.ok ? [b.value] : []));
  const clashes = clashesWith(packages, ctx.claimed, at);
  if (hasErrors(problems) || clashes.length > 0) return { ok: false, packages: [], diagnostics: [...problems, ...clashes] };
  try {
    await writeAllOrNothing(ctx.config.out, packages.flatMap(outputFiles));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? String(e);
    return { ok: false, packages: [], diagnostics: [...problems, error(CODES.writeFailed, `cannot write to \`${ctx.config.out}\`: ${why}`, { file: at }, "Check the output folder: free space, permissions.")] };
  }
  for (const p of packages) ctx.claimed?.add(p.plan.name);
  return { ok: true, packages: packages.map((p) => packageReport(p, ctx.config.out)), diagnostics: problems };
}

interface Written {
  readonly ok: boolean;
  readonly packages: readonly WrittenPackage[];
  readonly diagnostics: readonly Diagnostic[];
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
  return { file, sheet: path.join(out, sheetName(p.plan.name)), scorm: p.plan.version, variant: p.plan.variant.key, bytes: p.zip.byteLength, ms: p.ms, buildId: p.buildId };
}
