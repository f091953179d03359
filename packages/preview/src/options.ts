/**
 * Preview options: one `PreviewOptions` (all optional), one `resolvePreviewOptions()`, every default in
 * `PREVIEW_DEFAULTS`, and a frozen `ResolvedPreviewOptions` the server only reads (the build config's habit).
 */
import { stat } from "node:fs/promises";
import { isIP } from "node:net";
import path from "node:path";
import type { Diagnostic, Result, ScormVersion } from "@coursepack/course-model";
import { error, SCORM_VERSIONS, warning } from "@coursepack/course-model";
import { COURSE_FILE, findCourses } from "@coursepack/builder";
import { CODES } from "./codes.ts";

export interface PreviewOptions {
  /** Folder relative paths are resolved against. Default: the current working directory. */
  readonly root?: string;
  /** A course folder, its course.yaml or a profile .txt. Default: the root if it holds a course.yaml, else the only course in courses/. */
  readonly course?: string;
  /** Default: 127.0.0.1, this computer only. */
  readonly host?: string;
  /** Default: 0, any free port. A port given is used exactly (never a neighbour), so the printed URL is the asked one. */
  readonly port?: number | string;
  /** The SCORM version the page starts with. Default: 1.2 (or the course's first version if it has no 1.2). */
  readonly scorm?: string;
}

export interface ResolvedPreviewOptions {
  readonly root: string;
  /** Absolute. */
  readonly course: string;
  readonly host: string;
  readonly port: number;
  readonly scorm: ScormVersion;
}

export const PREVIEW_DEFAULTS = Object.freeze({
  host: "127.0.0.1",
  port: 0,
  scorm: "1.2" as ScormVersion,
  coursesDir: "courses",
});

const AT = { file: "preview" };
const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

export async function resolvePreviewOptions(options: PreviewOptions = {}): Promise<Result<ResolvedPreviewOptions>> {
  const root = path.resolve(options.root ?? process.cwd());
  const port = resolvePort(options.port ?? PREVIEW_DEFAULTS.port);
  const host = resolveHost(options.host ?? PREVIEW_DEFAULTS.host);
  const scorm = resolveScorm(options.scorm ?? PREVIEW_DEFAULTS.scorm);
  const course = await resolveCourse(options.course, root);
  const problems = [port, host, scorm, course].flatMap((r) => (r.ok ? [] : [r.problem]));
  if (problems.length > 0) return { ok: false, diagnostics: problems };
  const value = { root, course: take(course), host: take(host), port: take(port), scorm: take(scorm) };
  const warnings = LOOPBACK.has(value.host) ? [] : [exposedWarning(value.host)];
  return { ok: true, value: Object.freeze(value), warnings };
}

type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Diagnostic };

function take<T>(checked: Checked<T>): T {
  if (!checked.ok) throw new Error("take() on a failed check");
  return checked.value;
}

function resolvePort(given: number | string): Checked<number> {
  const text = String(given).trim();
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (port >= 0 && port <= 65535) return { ok: true, value: port };
  return { ok: false, problem: error(CODES.badPort, `\`--port\`: \`${text}\` is not a port number`, AT, "Give a whole number from 1 to 65535, or leave `--port` out to use any free port.") };
}

function resolveHost(given: string): Checked<string> {
  const host = given.trim();
  if (host === "localhost" || isIP(host) !== 0) return { ok: true, value: host };
  return { ok: false, problem: error(CODES.badHost, `\`--host\`: \`${host}\` is not an IP address`, AT, "Leave `--host` out to stay on this computer (127.0.0.1); give an address such as 192.168.1.20 only to share the preview on your network.") };
}

function resolveScorm(given: string): Checked<ScormVersion> {
  const version = given.trim();
  if ((SCORM_VERSIONS as readonly string[]).includes(version)) return { ok: true, value: version as ScormVersion };
  return { ok: false, problem: error(CODES.badScorm, `\`--scorm\`: unknown SCORM version \`${version}\``, AT, `Use ${SCORM_VERSIONS.map((v) => `\`${v}\``).join(", ")}.`) };
}

async function resolveCourse(given: string | undefined, root: string): Promise<Checked<string>> {
  if (given === undefined) return chooseCourse(root);
  const abs = path.resolve(root, given);
  const info = await stat(abs).catch(() => null);
  const isCourse = info?.isDirectory() ? await exists(path.join(abs, COURSE_FILE)) : info?.isFile() && (path.basename(abs) === COURSE_FILE || path.extname(abs).toLowerCase() === ".txt");
  if (isCourse) return { ok: true, value: abs };
  return { ok: false, problem: error(CODES.notACourse, info ? `\`${given}\` is not a course` : `course not found: \`${given}\``, { file: given }, "Give a course folder (with a course.yaml), its course.yaml, or a profile .txt file.") };
}

/** No course named: the folder we are in if it is one, else the only course in courses/. */
async function chooseCourse(root: string): Promise<Checked<string>> {
  if (await exists(path.join(root, COURSE_FILE))) return { ok: true, value: root };
  const found = await findCourses(path.join(root, PREVIEW_DEFAULTS.coursesDir));
  if (found.length === 1) return { ok: true, value: found[0]! };
  const names = found.map((f) => `\`${path.relative(root, f)}\``).join(", ");
  return { ok: false, problem: error(CODES.whichCourse, "which course? none was named", AT, found.length ? `Name one: ${names}.` : "Name a course folder or a profile .txt, e.g. `coursepack preview courses/key-working`.") };
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() ?? false;
}

function exposedWarning(host: string): Diagnostic {
  return warning(CODES.exposed, `\`--host ${host}\`: other machines on the network can open this preview`, AT, "Leave `--host` out to keep the preview on this computer.");
}
