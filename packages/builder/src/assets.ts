/**
 * Course assets: the logo and the images Markdown refers to. In the package they live under `assets/`,
 * and the course data shipped to the player points at them there, so the data and the files agree
 * whatever folder the LMS serves the package from.
 */
import path from "node:path";
import type { Block, Course, Diagnostic, Result } from "@coursepack/course-model";
import type { CourseFiles } from "./load-course.ts";
import type { PackageFile } from "./zip.ts";

export const ASSETS_DIR = "assets";

/** Links to the web (or data: URLs) are not course files. */
export function isCourseFile(src: string): boolean {
  return src !== "" && !/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith("//") && !src.startsWith("#");
}

/** `./images/a.png` -> `images/a.png`: one spelling per file, so it is packaged once. */
export function normaliseAsset(src: string): string {
  return path.posix.normalize(src).replace(/^\.\//, "");
}

export function packagePath(src: string): string {
  return `${ASSETS_DIR}/${normaliseAsset(src)}`;
}

/** Every course file the course refers to, normalised, sorted, each once. */
export function courseAssets(course: Course): string[] {
  const found = new Set<string>();
  const visit = (src: string): string => {
    if (isCourseFile(src)) found.add(normaliseAsset(src));
    return src;
  };
  mapCourseAssets(course, visit);
  return [...found].sort();
}

/** The bytes of every asset of the course, named by their place in the package; `at` locates problems. */
export async function readCourseAssets(course: Course, files: CourseFiles, at: string): Promise<Result<PackageFile[]>> {
  const read = await Promise.all(courseAssets(course).map(async (src) => ({ src, result: await files.readAsset(src, at) })));
  const diagnostics: Diagnostic[] = read.flatMap(({ result }) => (result.ok ? [] : result.diagnostics));
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const value = read.flatMap(({ src, result }) => (result.ok ? [{ name: packagePath(src), bytes: result.value }] : []));
  return { ok: true, value, warnings: [] };
}

/** The course with every course-file reference pointing at its place in the package. */
export function withPackagedAssets(course: Course): Course {
  return mapCourseAssets(course, (src) => (isCourseFile(src) ? packagePath(src) : src));
}

function mapCourseAssets(course: Course, map: (src: string) => string): Course {
  const blocks = (list: readonly Block[]): Block[] => list.map((b) => mapBlock(b, map));
  const logo = course.branding.logo;
  return {
    ...course,
    branding: { ...course.branding, logo: logo === null ? null : map(logo) },
    outcomes: course.outcomes.map((o) => ({ ...o, content: blocks(o.content) })),
    questions: course.questions.map((q) => ({
      ...q,
      ...(q.scenario ? { scenario: blocks(q.scenario) } : {}),
      feedback: { correct: blocks(q.feedback.correct), incorrect: blocks(q.feedback.incorrect) },
    })),
  };
}

function mapBlock(block: Block, map: (src: string) => string): Block {
  switch (block.t) {
    case "img":
      return { ...block, src: map(block.src) };
    case "ul":
    case "ol":
      return { ...block, items: block.items.map((item) => item.map((b) => mapBlock(b, map))) };
    case "quote":
      return { ...block, c: block.c.map((b) => mapBlock(b, map)) };
    default:
      return block;
  }
}
