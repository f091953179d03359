/**
 * `buildAll`: every course of the config, each through build-course.ts, with the player bundle built once
 * and shared. Courses build one after another so progress reads in order and a package name can be
 * claimed by the first course that makes it; the packages of one course build concurrently.
 */
import type { ResolvedConfig } from "./config.ts";
import type { CourseReport, WrittenPackage } from "./build-course.ts";
import { buildCourse } from "./build-course.ts";
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
  /** A player bundle built earlier (e.g. by watch mode); default: built now, once. */
  readonly player?: PlayerBundle;
}

export interface BuildReport {
  /** True when every course built. */
  readonly ok: boolean;
  readonly courses: readonly CourseReport[];
  readonly ms: number;
}

export interface BuildDeps {
  readonly tools: BuildTools;
  readonly player: PlayerBundle;
  /** Time spent building the player, 0 when it was given. */
  readonly playerMs: number;
}

/** The real tools and player unless given. Loaded lazily: they pull in Vite and the XSD validator. */
export async function resolveDeps(options: BuildOptions): Promise<BuildDeps> {
  if (options.tools && options.player) return { tools: options.tools, player: options.player, playerMs: 0 };
  const real = await import("./default-tools.ts");
  const started = performance.now();
  const player = options.player ?? (await real.buildPlayerBundle());
  return { tools: options.tools ?? real.defaultTools(), player, playerMs: options.player ? 0 : performance.now() - started };
}

export async function buildAll(config: ResolvedConfig, options: BuildOptions = {}): Promise<BuildReport> {
  const started = performance.now();
  const emit = options.onProgress ?? (() => {});
  emit({ type: "start", courses: config.courses.length });
  const { tools, player, playerMs } = await resolveDeps(options);
  if (!options.player) emit({ type: "player", ms: playerMs });
  const claimed = new Set<string>();
  const courses: CourseReport[] = [];
  for (const source of config.courses) {
    const report = await buildCourse(source, { config, tools, player, claimed });
    for (const p of report.packages) emit({ type: "package", course: report.source, package: p });
    courses.push(report);
    emit({ type: "course", report, done: courses.length, total: config.courses.length });
  }
  return { ok: courses.every((c) => c.ok), courses, ms: performance.now() - started };
}
