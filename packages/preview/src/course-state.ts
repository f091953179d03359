/**
 * The course being previewed, reloaded on every edit: the latest diagnostics, and the last version that
 * loaded (kept while the course has errors, so the module the author is looking at does not vanish).
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import type { Course, Diagnostic, PackageData, ScormVersion } from "@coursepack/course-model";
import { variants } from "@coursepack/course-model";
import type { CourseFiles } from "@coursepack/builder";
import { courseFiles, loadCourse } from "@coursepack/builder";
import type { PreviewState, PreviewVariant } from "./protocol.ts";
import { SINGLE_VARIANT } from "./protocol.ts";

export interface CourseState {
  /** What the page is sent. */
  readonly state: PreviewState;
  /** The package data of a variant (by path segment) for a version, as the builder would ship it; null if unknown. */
  packageData(segment: string, version: ScormVersion): PackageData | null;
  /** Confined access to the course folder, for the files the course refers to; null before the first good load. */
  readonly files: CourseFiles | null;
}

export interface CourseSource {
  /** Absolute path of the course folder, course.yaml or profile .txt. */
  readonly course: string;
  /** Folder that diagnostics name files relative to. */
  readonly root: string;
  readonly scorm: ScormVersion;
}

/** Loads the course again, keeping the previous good version when the new one has errors. */
export async function reloadCourse(source: CourseSource, previous: CourseState | null): Promise<CourseState> {
  const loaded = await loadCourse(source.course, { root: source.root });
  const generation = (previous?.state.generation ?? 0) + 1;
  const shown = path.relative(source.root, source.course) || ".";
  if (!loaded.ok) {
    const state: PreviewState = { ...(previous?.state ?? emptyState(shown, source.scorm)), generation, ok: false, diagnostics: loaded.diagnostics };
    return { state, packageData: previous?.packageData ?? (() => null), files: previous?.files ?? null };
  }
  return goodState(loaded.value, loaded.warnings, generation, shown, source, await courseFolder(source.course));
}

function emptyState(source: string, scorm: ScormVersion): PreviewState {
  return { generation: 0, source, ok: false, diagnostics: [], variants: [], versions: [scorm], startVersion: scorm };
}

function goodState(course: Course, warnings: readonly Diagnostic[], generation: number, source: string, from: CourseSource, folder: string): CourseState {
  const list: PreviewVariant[] = variants(course).map((v) => ({ segment: v.key ?? SINGLE_VARIANT, label: v.label, course: v.course }));
  const byKey = new Map(variants(course).map((v) => [v.key ?? SINGLE_VARIANT, v]));
  const versions = course.scorm.length > 0 ? course.scorm : [from.scorm];
  const state: PreviewState = {
    generation,
    source,
    ok: true,
    diagnostics: warnings,
    variants: list,
    versions,
    startVersion: versions.includes(from.scorm) ? from.scorm : versions[0]!,
  };
  const packageData = (segment: string, version: ScormVersion): PackageData | null => {
    const variant = byKey.get(segment);
    if (!variant || !versions.includes(version)) return null;
    // The build id of a real package hashes the player and the assets too; the preview's only names the generation.
    return { format: 1, scorm: version, buildId: `preview-${generation}`, variant: { key: variant.key, label: variant.label, days: variant.days }, course: variant.course };
  };
  return { state, packageData, files: courseFiles(folder) };
}

/** The folder a course's files are relative to: the course folder itself, or the folder of its file. */
async function courseFolder(course: string): Promise<string> {
  const info = await stat(course).catch(() => null);
  return info?.isDirectory() ? course : path.dirname(course);
}
