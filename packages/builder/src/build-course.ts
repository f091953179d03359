/**
 * The build pipeline (GUIDE.md "The two flows"). Each course goes through the same steps: load ->
 * parse/validate -> variants -> assets -> per variant × version: data, launch page, sheet, manifest,
 * validation, zip -> write all or nothing. A batch of courses takes them phase by phase, so the costly shared
 * step, the XSD validation, runs once per SCORM version and batch rather than once per package:
 *   1. open      every course: needs no player, so the first batch overlaps the player build
 *   2. prepare   every package in memory: data, launch page, tracking sheet, manifest
 *   3. check     every manifest, one validation run per SCORM version, while the packages are zipped
 *   4. write     each course all or nothing, in the order given: a package name goes to the first course
 * Batches hold at most COURSES_PER_BATCH courses, so memory stays bounded on very large builds. A failing
 * course is reported with every diagnostic found and leaves nothing in the output folder; the others still build.
 */
import type { CourseVariant, Diagnostic } from "@coursepack/course-model";
import type { ResolvedConfig } from "./config.ts";
import { checkPackages } from "./check-packages.ts";
import type { CourseStep, FinishedCourse, OpenedCourse, PreparedCourse } from "./course-steps.ts";
import { finishCourse, openForBuild, prepareCourse, writeCourse } from "./course-steps.ts";
import type { PackagePlan } from "./package-course.ts";
import type { BuildTools, PlayerBundle } from "./tools.ts";

/**
 * 50 courses like ours make some 225 packages: three validation runs of about 75 manifests each, and some
 * 50 MB of prepared files and zips in memory at once. Measured on a 200-course build: halving it lowers peak
 * memory by about 15% for about 10% more CPU (three more schema compiles per 50 courses).
 */
export const COURSES_PER_BATCH = 50;

export interface BuildContext {
  readonly config: ResolvedConfig;
  readonly tools: BuildTools;
  /** The player bundle, built once per build by the caller; or its build still running (courses open meanwhile). */
  readonly player: PlayerBundle | Promise<PlayerBundle>;
  /** Package names written earlier in this build: a later course may not overwrite them. */
  readonly claimed?: Set<string>;
  /** Courses per batch; default COURSES_PER_BATCH. */
  readonly coursesPerBatch?: number;
}

export interface WrittenPackage {
  /** Absolute path of the zip. */
  readonly file: string;
  /** Absolute path of the tracking sheet beside it. */
  readonly sheet: string;
  readonly scorm: PackagePlan["version"];
  readonly variant: string | null;
  /** What the package holds: the variant's outcomes and questions (for the catalogue). */
  readonly contents: CourseVariant;
  readonly bytes: number;
  /**
   * The build's time given to this package, in milliseconds: its preparation (data, launch page, sheet,
   * manifest) as it ran, plus a part of the time its batch spent validating and zipping, in proportion to
   * its own zip time and its share of its validation run. Packages are checked many at once, so these
   * parts, not each package's start-to-end time, are what add up: see CourseReport.ms.
   */
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
  /**
   * The build's time given to this course, in milliseconds: reading it, its packages' times (as above) and
   * writing them. Courses are built phase by phase side by side, so this is not the time from its start to
   * its end; the courses' times add up to the build's, less the wait for the player.
   */
  readonly ms: number;
}

/** Builds and writes every package of one course. Never throws for a user mistake: it reports it. */
export async function buildCourse(source: string, ctx: BuildContext): Promise<CourseReport> {
  const [report] = await buildCourses([source], ctx);
  if (!report) throw new Error(`no report for ${source}`);
  return report;
}

/** Builds and writes many courses; reports come in the order given, each as soon as its course is written. */
export async function buildCourses(sources: readonly string[], ctx: BuildContext, onCourse: (report: CourseReport) => void = () => {}): Promise<CourseReport[]> {
  const reports: CourseReport[] = [];
  for (const batch of inBatches(sources, ctx.coursesPerBatch ?? COURSES_PER_BATCH)) {
    // 1. open: load -> parse/validate -> variants × versions -> assets
    const opened = await openEach(batch, ctx);
    // 2. prepare every package in memory
    const prepared = await prepareEach(opened, ctx.tools, await ctx.player);
    // 3. validate every manifest, one run per SCORM version, while the packages are zipped
    const finished = await checkEach(prepared, ctx.tools);
    // 4. write each course all or nothing, in order
    for (const course of finished) {
      const report = course.ok ? await writeCourse(course.value, ctx) : course.report;
      onCourse(report);
      reports.push(report);
    }
  }
  return reports;
}

function inBatches<T>(items: readonly T[], size: number): T[][] {
  if (!(size >= 1)) throw new Error(`courses per batch must be at least 1, not ${size}`);
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/** One course after another: parsing is all on this thread, and each course's time is then its own. */
async function openEach(sources: readonly string[], ctx: BuildContext): Promise<CourseStep<OpenedCourse>[]> {
  const opened: CourseStep<OpenedCourse>[] = [];
  for (const source of sources) opened.push(await openForBuild(source, ctx));
  return opened;
}

async function prepareEach(courses: readonly CourseStep<OpenedCourse>[], tools: BuildTools, player: PlayerBundle): Promise<CourseStep<PreparedCourse>[]> {
  const prepared: CourseStep<PreparedCourse>[] = [];
  for (const c of courses) prepared.push(c.ok ? { ok: true, value: await prepareCourse(c.value, tools, player) } : c);
  return prepared;
}

/** Phase 3 for the whole batch at once; each course gets back its own packages' results. */
async function checkEach(courses: readonly CourseStep<PreparedCourse>[], tools: BuildTools): Promise<CourseStep<FinishedCourse>[]> {
  const checked = await checkPackages(courses.flatMap((c) => (c.ok ? c.value.packages : [])), tools);
  let from = 0;
  return courses.map((c) => {
    if (!c.ok) return c;
    const to = from + c.value.packages.length;
    const finished = finishCourse(c.value, checked.slice(from, to));
    from = to;
    return { ok: true, value: finished };
  });
}
