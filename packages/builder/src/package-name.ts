/**
 * Package file names: `<course-id>[-<variant key>]-<scorm12|scorm2004-3rd|scorm2004-4th>.zip`, the variant
 * part only when a course has more than one outcome set (issue 5), e.g. `key-working-1-day-scorm12.zip`.
 */
import type { ScormVersion } from "@coursepack/course-model";

const TAGS: Readonly<Record<ScormVersion, string>> = { "1.2": "scorm12", "2004-3": "scorm2004-3rd", "2004-4": "scorm2004-4th" };
const LABELS: Readonly<Record<ScormVersion, string>> = { "1.2": "SCORM 1.2", "2004-3": "SCORM 2004 3rd Edition", "2004-4": "SCORM 2004 4th Edition" };

export const TRACKING_SHEET_NAME = "tracking-sheet.html";

export function versionTag(version: ScormVersion): string {
  return TAGS[version];
}

export function versionLabel(version: ScormVersion): string {
  return LABELS[version];
}

/** `variantKey` is null when the course has a single outcome set. */
export function packageName(courseId: string, variantKey: string | null, version: ScormVersion): string {
  const parts = [courseId, ...(variantKey === null ? [] : [variantKey]), versionTag(version)];
  return `${parts.join("-")}.zip`;
}

/** The tracking sheet written beside a zip. */
export function sheetName(zipName: string): string {
  return `${zipName}.tracking.html`;
}
