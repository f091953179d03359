/**
 * Build configuration: one `UserConfig` (everything optional), one `resolveConfig()`, every default in
 * `CONFIG_DEFAULTS` and nowhere else, and a frozen `ResolvedConfig` the steps only read (Vite's habit).
 */
import path from "node:path";
import type { Diagnostic, Result, ScormVersion } from "@coursepack/course-model";
import { error, SCORM_VERSIONS } from "@coursepack/course-model";
import { CODES } from "./codes.ts";
import { findCourses } from "./load-course.ts";

export interface UserConfig {
  /** Folder relative paths are resolved against. Default: the current working directory. */
  readonly root?: string;
  /** Course folders, course.yaml files or profile .txt files. Default: every folder in courses/ with a course.yaml. */
  readonly courses?: readonly string[];
  /** Where packages are written. Default: `dist`. */
  readonly out?: string;
  /** SCORM versions to build: "1.2", "2004-3", "2004-4". Default: all three (each course may narrow this). */
  readonly scorm?: readonly string[];
  /** Machine-readable output, for CI. Default: false. */
  readonly json?: boolean;
  /** Rebuild a course when its files change. Default: false. */
  readonly watch?: boolean;
}

export interface ResolvedConfig {
  /** Absolute. */
  readonly root: string;
  /** Absolute paths, in the order given (or sorted when discovered). */
  readonly courses: readonly string[];
  /** Absolute. */
  readonly out: string;
  /** In canonical order, no duplicates. */
  readonly scorm: readonly ScormVersion[];
  readonly json: boolean;
  readonly watch: boolean;
}

/** Where config mistakes are reported: the option is named in the message, as Vite does. */
const AT = { file: "config" };

export const CONFIG_DEFAULTS = Object.freeze({
  coursesDir: "courses",
  out: "dist",
  scorm: SCORM_VERSIONS,
  json: false,
  watch: false,
});

/** Fills in every default and checks what can be checked without building; user mistakes come back as diagnostics. */
export async function resolveConfig(user: UserConfig = {}): Promise<Result<ResolvedConfig>> {
  const root = path.resolve(user.root ?? process.cwd());
  const scorm = resolveScorm(user.scorm ?? CONFIG_DEFAULTS.scorm);
  const courses = await resolveCourses(user.courses, root);
  const out = path.resolve(root, user.out ?? CONFIG_DEFAULTS.out);
  const diagnostics = [...scorm.problems, ...courseProblems(courses, out)];
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const config: ResolvedConfig = {
    root,
    courses: Object.freeze(courses),
    out,
    scorm: Object.freeze(scorm.versions),
    json: user.json ?? CONFIG_DEFAULTS.json,
    watch: user.watch ?? CONFIG_DEFAULTS.watch,
  };
  return { ok: true, value: Object.freeze(config), warnings: [] };
}

function resolveScorm(given: readonly string[]): { versions: ScormVersion[]; problems: Diagnostic[] } {
  const wanted = new Set(given.map((v) => v.trim()));
  const problems = [...wanted]
    .filter((v) => !(SCORM_VERSIONS as readonly string[]).includes(v))
    .map((v) => error(CODES.badScormVersion, `\`scorm\`: unknown SCORM version \`${v}\``, AT, `Use ${SCORM_VERSIONS.map((s) => `\`${s}\``).join(", ")}.`));
  if (wanted.size === 0) {
    problems.push(error(CODES.badScormVersion, "`scorm`: no SCORM version to build", AT, "Name at least one of 1.2, 2004-3, 2004-4."));
  }
  return { versions: SCORM_VERSIONS.filter((v) => wanted.has(v)), problems };
}

async function resolveCourses(given: readonly string[] | undefined, root: string): Promise<string[]> {
  if (given && given.length > 0) return [...new Set(given.map((c) => path.resolve(root, c)))];
  return findCourses(path.join(root, CONFIG_DEFAULTS.coursesDir));
}

function courseProblems(courses: readonly string[], out: string): Diagnostic[] {
  if (courses.length === 0) {
    return [error(CODES.noCourses, "`courses`: no courses to build", AT,
      "Add a folder with a course.yaml under courses/, or name course folders or profile .txt files.")];
  }
  const holder = courses.find((c) => out === c || out.startsWith(c + path.sep));
  if (!holder) return [];
  return [error(CODES.outInsideCourse, `\`out\`: the output folder \`${out}\` is inside the course \`${holder}\``, AT,
    "Write packages outside course folders, e.g. `--out dist`.")];
}
