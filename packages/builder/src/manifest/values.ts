import type { ManifestInput } from "./types.ts";

/** The SCORM 1.2 content packaging schema caps `<title>` at 200 characters; 2004 inherits the habit. */
export const MAX_TITLE_LENGTH = 200;

/**
 * A classroom day stands for this many hours of learning. The e-learning module is shorter than the classroom
 * course, but LMSs show typical learning time as a planning figure, and the profile's days are the only measure
 * we have (docs/decisions/0003-manifests.md).
 */
export const LEARNING_HOURS_PER_DAY = 6;

/** "Key working (2-3 days)": the course title, plus the variant's label when the course has several. */
export function packageTitle(input: ManifestInput): string {
  const suffix = input.variant.label ? ` (${input.variant.label})` : "";
  const room = MAX_TITLE_LENGTH - suffix.length;
  const title = input.course.title.length > room ? `${input.course.title.slice(0, room - 1)}…` : input.course.title;
  return title + suffix;
}

/** "Care certificate 1", "QCF HSC 025": one keyword per standard reference, in course order, no repeats. */
export function keywords(input: ManifestInput): string[] {
  const words = input.course.frameworks.flatMap((f) => (f.refs.length ? f.refs.map((ref) => `${f.name} ${ref}`) : [f.name]));
  return [...new Set(words.map((w) => w.trim()).filter(Boolean))];
}

export function descriptionText(input: ManifestInput): string {
  return input.course.description.join("\n\n");
}

/**
 * Learning time of the shortest classroom course that teaches this variant's outcomes, in minutes, or null
 * when the duration names no days.
 */
export function learningMinutes(input: ManifestInput): number | null {
  const days = input.variant.days.length ? input.variant.days : input.course.duration.days;
  if (!days.length) return null;
  return Math.round(Math.min(...days) * LEARNING_HOURS_PER_DAY * 60);
}

/** ISO 8601 duration (SCORM 2004 / IEEE LOM): 720 -> "PT12H", 90 -> "PT1H30M". */
export function isoDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h && !m) return "PT0S";
  return `PT${h ? `${h}H` : ""}${m ? `${m}M` : ""}`;
}

/** SCORM 1.2 CMITimespan `HH:MM:SS` (2 to 4 digits of hours): 720 -> "12:00:00". */
export function scorm12Timespan(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:00`;
}

/** "1-3 days, 6 hours of learning a day": says how the typical learning time was reached. */
export function learningTimeNote(input: ManifestInput): string {
  const label = input.variant.label ?? input.course.duration.label;
  return `Classroom course: ${label}; ${LEARNING_HOURS_PER_DAY} hours of learning a day, shortest course counted.`;
}

/** `passMark` as the 2004 normalized measure: 80 -> "0.8", 66.5 -> "0.665"; never in exponent form (xs:decimal). */
export function normalizedMeasure(passMark: number): string {
  return String(Number((passMark / 100).toFixed(6)));
}
