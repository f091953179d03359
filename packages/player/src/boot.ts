import type { PackageData } from "@coursepack/course-model";
import { startTracking } from "@coursepack/tracking";
import type { Tracker } from "@coursepack/tracking";
import { applyBranding } from "./branding.ts";
import "./components/course/course.ts";
import { CpCourse } from "./components/course/course.ts";
import { joinCourse } from "./course-content.ts";
import type { LaunchData } from "./course-content.ts";
import { pageStyles } from "./page.styles.ts";
import { createStrings } from "./strings.ts";

/**
 * The launch page's inline data (`<script type="application/json" id="cp-data">`): the whole package data,
 * or its outline and the name of the content module that holds the rest (course-content.ts).
 */
export function readLaunchData(doc: Document): LaunchData | null {
  const text = doc.getElementById("cp-data")?.textContent;
  if (!text) return null;
  try {
    const data = JSON.parse(text) as LaunchData;
    const valid = data && data.format === 1 && typeof data.course === "object" && data.course !== null;
    const parts = (data.content === undefined || typeof data.content === "string") && (data.minutes === undefined || typeof data.minutes === "number");
    return valid && parts ? data : null;
  } catch {
    return null;
  }
}

/** The one place the player meets the tracking runtime: finds the LMS (or stands alone) and starts the session. */
export function connectTracker(data: PackageData, win: Window): Tracker {
  return startTracking(data.course, win, { scorm: data.scorm });
}

/** A module's default export. The only dynamic import in the player: the content module, from the package. */
export function importContent(url: string): Promise<unknown> {
  return import(/* @vite-ignore */ url).then((module: { default?: unknown }) => module.default);
}

export interface BootOptions {
  readonly connect?: (data: PackageData, win: Window) => Tracker;
  /** Loads the content module from an absolute URL (tests hold it back or make it fail). */
  readonly load?: (url: string) => Promise<unknown>;
}

/**
 * Starts the learner module in this page: reads the launch data, starts tracking, and replaces the launch
 * page's placeholder (`#cp-root`, the course title shown before any script runs) with the course. When the
 * page carries only the course's outline, the shell loads the content module once the welcome screen is up.
 */
export function boot(doc: Document, win: Window, options: BootOptions = {}): CpCourse | null {
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, pageStyles.styleSheet!];
  const root = doc.getElementById("cp-root") ?? doc.body;
  const launch = readLaunchData(doc);
  if (!launch) {
    showProblem(root, doc);
    return null;
  }
  const { content, minutes, ...data } = launch;
  applyBranding(doc.documentElement, data.course.branding);
  const course = new CpCourse();
  course.data = data;
  course.minutes = minutes;
  // Started from the outline: it holds every id, right answer and prompt the tracker needs, so the LMS
  // session opens and Resume is known before the content arrives.
  course.tracker = (options.connect ?? connectTracker)(data, win);
  if (content !== undefined) course.loadContent = contentLoader(doc, data, content, options.load ?? importContent);
  if (root === doc.body) doc.body.replaceChildren(course);
  else root.replaceWith(course);
  return course;
}

/**
 * The content module beside the launch page, joined to the outline. The build id in its URL keeps a cached
 * copy of an older package out; each retry gets a new URL, as a module that failed stays failed in the
 * page's module map.
 */
function contentLoader(doc: Document, data: PackageData, name: string, load: (url: string) => Promise<unknown>): () => Promise<PackageData> {
  let attempt = 0;
  return async () => {
    const url = new URL(name, doc.baseURI);
    url.searchParams.set("v", data.buildId);
    if (attempt++ > 0) url.searchParams.set("retry", String(attempt - 1));
    const whole = joinCourse(data, await load(url.href));
    if (!whole) throw new Error(`${name} does not belong to this launch page (build ${data.buildId})`);
    return whole;
  };
}

function showProblem(root: HTMLElement, doc: Document): void {
  const message = doc.createElement("p");
  message.setAttribute("role", "alert");
  message.textContent = createStrings()("problem.noData");
  root.append(message);
}
