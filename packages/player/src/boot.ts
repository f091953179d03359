import type { PackageData } from "@coursepack/course-model";
import { startTracking } from "@coursepack/tracking";
import type { Tracker } from "@coursepack/tracking";
import { applyBranding } from "./branding.ts";
import "./components/course/course.ts";
import { CpCourse } from "./components/course/course.ts";
import { pageStyles } from "./page.styles.ts";
import { createStrings } from "./strings.ts";

/** The launch page's inline course data (`<script type="application/json" id="cp-data">`). */
export function readPackageData(doc: Document): PackageData | null {
  const text = doc.getElementById("cp-data")?.textContent;
  if (!text) return null;
  try {
    const data = JSON.parse(text) as PackageData;
    return data && data.format === 1 && typeof data.course === "object" ? data : null;
  } catch {
    return null;
  }
}

/** The one place the player meets the tracking runtime: finds the LMS (or stands alone) and starts the session. */
export function connectTracker(data: PackageData, win: Window): Tracker {
  return startTracking(data.course, win, { scorm: data.scorm });
}

/**
 * Starts the learner module in this page: reads the course data, starts tracking and replaces the
 * launch page's placeholder (`#cp-root`, the course title shown before any script runs) with the course.
 */
export function boot(doc: Document, win: Window, connect: (data: PackageData, win: Window) => Tracker = connectTracker): CpCourse | null {
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, pageStyles.styleSheet!];
  const root = doc.getElementById("cp-root") ?? doc.body;
  const data = readPackageData(doc);
  if (!data) {
    showProblem(root, doc);
    return null;
  }
  applyBranding(doc.documentElement, data.course.branding);
  const course = new CpCourse();
  course.data = data;
  course.tracker = connect(data, win);
  if (root === doc.body) doc.body.replaceChildren(course);
  else root.replaceWith(course);
  return course;
}

function showProblem(root: HTMLElement, doc: Document): void {
  const message = doc.createElement("p");
  message.setAttribute("role", "alert");
  message.textContent = createStrings()("problem.noData");
  root.append(message);
}
