/**
 * What the preview server tells the LMS page, as JSON: shared by server.ts (Node) and lms-page/ (browser),
 * types only. The page fetches `STATE_PATH` when it opens and again on every `COURSE_EVENT` pushed over
 * Vite's dev-server socket.
 */
import type { Course, Diagnostic, ScormVersion } from "@coursepack/course-model";

export const STATE_PATH = "/__preview/state";
export const COURSE_EVENT = "coursepack:course";
/** Where the module of one variant and SCORM version is served: `/module/<variant>/<version>/index.html`. */
export const MODULE_PREFIX = "/module/";
/** The path segment of a course's only variant (its key is null). */
export const SINGLE_VARIANT = "all";

export interface PreviewVariant {
  /** Path segment in module URLs: the variant key, or SINGLE_VARIANT. */
  readonly segment: string;
  readonly label: string | null;
  /** The variant's course exactly as its package carries it: the page decodes suspend_data with it. */
  readonly course: Course;
}

export interface PreviewState {
  /** Goes up by one on every reload of the course, successful or not. */
  readonly generation: number;
  /** The course path as given, relative to the working folder. */
  readonly source: string;
  /** False while the course has errors; `variants` then still holds the last version that loaded. */
  readonly ok: boolean;
  /** Errors (when not ok) and warnings of the latest load. */
  readonly diagnostics: readonly Diagnostic[];
  /** Empty until the course has loaded once. */
  readonly variants: readonly PreviewVariant[];
  /** The SCORM versions the course is built for, and the one to start with. */
  readonly versions: readonly ScormVersion[];
  readonly startVersion: ScormVersion;
}

/** The module URL of a variant and version, relative to the server root. */
export function modulePath(segment: string, version: ScormVersion): string {
  return `${MODULE_PREFIX}${encodeURIComponent(segment)}/${version}/index.html`;
}
