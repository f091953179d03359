/**
 * `buildAll`: every course of the config through build-course.ts, with the player bundle built once and
 * shared. The player builds while the first courses are read. Courses are written one after another in
 * the order given, so progress reads in order and a package name is claimed by the first course that makes it.
 */
import type { ResolvedConfig } from "./config.ts";
import type { BuildContext, CourseReport, WrittenPackage } from "./build-course.ts";
import { writeCatalogue } from "./outputs/write-catalogue.ts";
import { buildCourses } from "./build-course.ts";
import type { BuildTools, PlayerBundle } from "./tools.ts";

export type BuildEvent =
  | { readonly type: "start"; readonly courses: number }
  | { readonly type: "player"; readonly ms: number }
  | { readonly type: "package"; readonly course: string; readonly package: WrittenPackage }
  | { readonly type: "course"; readonly report: CourseReport; readonly done: number; readonly total: number };

export interface BuildOptions {
  readonly onProgress?: (event: BuildEvent) => void;
  /** The steps of the other packages; default: the real ones. Tests pass fakes. */
  readonly tools?: BuildTools;
  /** A player bundle built earlier (e.g. by watch mode), or being built; default: built now, once. */
  readonly player?: PlayerBundle | Promise<PlayerBundle>;
  /** Courses whose packages are held in memory together; default COURSES_PER_BATCH (build-course.ts). */
  readonly coursesPerBatch?: number;
}

export interface BuildReport {
  /** True when every course built. */
  readonly ok: boolean;
  readonly courses: readonly CourseReport[];
  /** The catalogue files written (catalogue.html, catalogue.csv), none when nothing was built. */
  readonly catalogue: readonly string[];
  readonly ms: number;
}

export interface BuildDeps {
  readonly tools: BuildTools;
  readonly player: PlayerBundle;
  /** Time spent building the player, 0 when it was given. */
  readonly playerMs: number;
}

/**
 * The real tools unless given, and the player bundle: the one given, or its build started now and not
 * awaited, so the caller can read courses meanwhile. Loaded lazily: they pull in Vite and the XSD validator.
 */
export async function startDeps(options: BuildOptions, onPlayer: (ms: number) => void = () => {}): Promise<{ tools: BuildTools; player: Promise<PlayerBundle> }> {
  if (options.tools && options.player) return { tools: options.tools, player: awaitedLater(Promise.resolve(options.player)) };
  const real = await import("./default-tools.ts");
  const tools = options.tools ?? real.defaultTools();
  if (options.player) return { tools, player: awaitedLater(Promise.resolve(options.player)) };
  const started = performance.now();
  const player = real.buildPlayerBundle().then((bundle) => {
    onPlayer(performance.now() - started);
    return bundle;
  });
  return { tools, player: awaitedLater(player) };
}

/** The pipeline awaits the player once the first courses are read: a failure before then is not "unhandled". */
function awaitedLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/** The tools and the player bundle, built. */
export async function resolveDeps(options: BuildOptions): Promise<BuildDeps> {
  let playerMs = 0;
  const { tools, player } = await startDeps(options, (ms) => (playerMs = ms));
  return { tools, player: await player, playerMs };
}

export async function buildAll(config: ResolvedConfig, options: BuildOptions = {}): Promise<BuildReport> {
  const started = performance.now();
  const emit = options.onProgress ?? (() => {});
  emit({ type: "start", courses: config.courses.length });
  const { tools, player } = await startDeps(options, (ms) => emit({ type: "player", ms }));
  const ctx: BuildContext = { config, tools, player, claimed: new Set(), coursesPerBatch: options.coursesPerBatch };
  let done = 0;
  const onCourse = (report: CourseReport): void => {
    for (const p of report.packages) emit({ type: "package", course: report.source, package: p });
    emit({ type: "course", report, done: ++done, total: config.courses.length });
  };
  // The player is awaited here too, so a failed player build fails the build even when no course needs it.
  const [courses] = await Promise.all([buildCourses(config.courses, ctx, onCourse), player]);
  const catalogue = await writeCatalogue(config.out, courses);
  return { ok: courses.every((c) => c.ok), courses, catalogue, ms: performance.now() - started };
}
