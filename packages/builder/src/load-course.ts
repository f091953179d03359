/**
 * The only place the builder reads course input: course folders, profile .txt files and the assets a course
 * refers to. Every asset read goes through `courseFiles`, which refuses anything outside the course folder
 * (absolute paths, `..`, symlinks whose real path leaves it), so a course can never pull other files into a
 * package that is then uploaded to an LMS.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { realpathSync, statSync } from "node:fs";
import path from "node:path";
import type { Course, Diagnostic, Result } from "@coursepack/course-model";
import { error, importProfile, parseCourseSource } from "@coursepack/course-model";
import { CODES } from "./codes.ts";

export const COURSE_FILE = "course.yaml";

/** The course readers of @coursepack/course-model, passed in so each step can be tested with fakes. */
export interface CourseReaders {
  parseCourseSource(source: string | Uint8Array, file: string, options: { assetExists(rel: string): boolean }): Result<Course>;
  importProfile(source: string | Uint8Array, file: string): Result<Course>;
}

/** Read access to one course folder, confined to it. */
export interface CourseFiles {
  /** Real path of the course folder. */
  readonly dir: string;
  /** True when `rel` names a regular file inside the course folder. */
  assetExists(rel: string): boolean;
  /** The bytes of an asset, or a CP504/CP505 diagnostic located at `at`. */
  readAsset(rel: string, at: string): Promise<Result<Uint8Array>>;
}

export interface LoadedCourse {
  readonly course: Course;
  /** The file the course came from, as shown in diagnostics (relative to the build root). */
  readonly file: string;
  readonly files: CourseFiles;
}

type Resolved = { readonly ok: true; readonly real: string } | { readonly ok: false; readonly why: "outside" | "missing" };

/** Display form of a path: relative to the root when inside it, with forward slashes. */
export function displayPath(file: string, root: string): string {
  const rel = path.relative(root, file);
  if (rel === "") return ".";
  return rel.startsWith("..") || path.isAbsolute(rel) ? file : rel.split(path.sep).join("/");
}

/** Course folders under `dir` (those holding a course.yaml), sorted by name; none when `dir` is missing. */
export async function findCourses(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() && !entry.isSymbolicLink()) continue;
    const folder = path.join(dir, entry.name);
    if (await isFile(path.join(folder, COURSE_FILE))) found.push(folder);
  }
  return found.sort();
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() ?? false;
}

export interface LoadOptions {
  /** Diagnostics name files relative to this folder. Default: the current working directory. */
  readonly root?: string;
  /** Default: the course model's own parser and profile importer. */
  readonly readers?: CourseReaders;
}

const DEFAULT_READERS: CourseReaders = { parseCourseSource, importProfile };

/** A course folder (or its course.yaml) or a profile .txt, parsed and validated into a Course. */
export async function loadCourse(source: string, options: LoadOptions = {}): Promise<Result<Course>> {
  const opened = await openCourse(source, options.readers ?? DEFAULT_READERS, options.root ?? process.cwd());
  return opened.ok ? { ok: true, value: opened.value.course, warnings: opened.warnings } : opened;
}

/** Like `loadCourse`, keeping where the course came from and confined access to its files, for packaging. */
export async function openCourse(source: string, readers: CourseReaders, root: string): Promise<Result<LoadedCourse>> {
  const abs = path.resolve(root, source);
  const shown = displayPath(abs, root);
  const info = await stat(abs).catch(() => null);
  if (!info) {
    return failed(CODES.notFound, `course not found: \`${shown}\``, shown, "Give a course folder (with a course.yaml) or a profile .txt file.");
  }
  if (info.isDirectory()) return loadSource(path.join(abs, COURSE_FILE), readers, root);
  if (path.basename(abs) === COURSE_FILE) return loadSource(abs, readers, root);
  if (path.extname(abs).toLowerCase() === ".txt") return loadProfile(abs, readers, root);
  return failed(CODES.notACourse, `\`${shown}\` is not a course`, shown, "Give a course folder, its course.yaml, or a profile .txt file.");
}

async function loadSource(file: string, readers: CourseReaders, root: string): Promise<Result<LoadedCourse>> {
  const shown = displayPath(file, root);
  if (!(await isFile(file))) {
    const folder = displayPath(path.dirname(file), root);
    return failed(CODES.notACourse, `\`${folder}\` is not a course: it has no ${COURSE_FILE}`, folder,
      "Write one with `coursepack import <profile.txt>`, or point at a folder that has one.");
  }
  const bytes = await readBytes(file, shown);
  if (!bytes.ok) return bytes;
  const files = courseFiles(path.dirname(file));
  return withFiles(readers.parseCourseSource(bytes.value, shown, { assetExists: (rel) => files.assetExists(rel) }), shown, files);
}

async function loadProfile(file: string, readers: CourseReaders, root: string): Promise<Result<LoadedCourse>> {
  const shown = displayPath(file, root);
  const bytes = await readBytes(file, shown);
  if (!bytes.ok) return bytes;
  return withFiles(readers.importProfile(bytes.value, shown), shown, courseFiles(path.dirname(file)));
}

function withFiles(parsed: Result<Course>, file: string, files: CourseFiles): Result<LoadedCourse> {
  if (!parsed.ok) return parsed;
  return { ok: true, value: { course: parsed.value, file, files }, warnings: parsed.warnings };
}

async function readBytes(file: string, shown: string): Promise<Result<Uint8Array>> {
  try {
    return { ok: true, value: new Uint8Array(await readFile(file)), warnings: [] };
  } catch (e) {
    return failed(CODES.unreadable, `cannot read \`${shown}\`: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, shown,
      "Check that the file exists and that you may read it.");
  }
}

function failed(code: string, message: string, file: string, hint: string): { ok: false; diagnostics: Diagnostic[] } {
  return { ok: false, diagnostics: [error(code, message, { file }, hint)] };
}

/** Confined read access to `dir`. The folder's real path is taken once, so symlinked course folders work. */
export function courseFiles(dir: string): CourseFiles {
  const real = realpathSync(dir);
  return {
    dir: real,
    assetExists: (rel) => resolveAsset(real, rel).ok,
    readAsset: (rel, at) => readAsset(real, rel, at),
  };
}

async function readAsset(dir: string, rel: string, at: string): Promise<Result<Uint8Array>> {
  const resolved = resolveAsset(dir, rel);
  if (!resolved.ok && resolved.why === "outside") {
    return failed(CODES.assetOutside, `\`${rel}\` is outside the course folder`, at,
      "Put the file inside the course folder and refer to it by a relative path such as `images/photo.png`.");
  }
  try {
    if (resolved.ok) return { ok: true, value: new Uint8Array(await readFile(resolved.real)), warnings: [] };
  } catch {
    // Fall through: it vanished or became unreadable between the check and the read.
  }
  return failed(CODES.assetMissing, `asset \`${rel}\` is missing or unreadable`, at, "Check the file name and its case.");
}

/**
 * Where an asset path really points, if inside `dir`. Checked twice: the path as written (no absolute
 * paths, no `..`, no backslashes, no URLs) and its real path after symlinks (must stay under `dir`).
 */
export function resolveAsset(dir: string, rel: string): Resolved {
  if (!isPlainRelative(rel)) return { ok: false, why: "outside" };
  let real: string;
  try {
    real = realpathSync(path.join(dir, rel));
  } catch {
    return { ok: false, why: "missing" };
  }
  if (!real.startsWith(dir + path.sep)) return { ok: false, why: "outside" };
  const info = statSync(real, { throwIfNoEntry: false });
  return info?.isFile() ? { ok: true, real } : { ok: false, why: "missing" };
}

function isPlainRelative(rel: string): boolean {
  // Control characters have no place in a file name a course refers to.
  // eslint-disable-next-line no-control-regex
  if (rel === "" || /[\u0000-\u001f\u007f\\]/.test(rel)) return false;
  if (path.posix.isAbsolute(rel) || path.win32.isAbsolute(rel) || /^[a-z][a-z0-9+.-]*:/i.test(rel)) return false;
  const normal = path.posix.normalize(rel);
  return normal !== ".." && !normal.startsWith("../");
}
