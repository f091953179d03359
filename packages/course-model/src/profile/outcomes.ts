import { error, warning } from "../diagnostics.ts";
import { slugify, uniqueSlug } from "../slug.ts";
import type { Diagnostic, LearningOutcome } from "../types.ts";
import { CODES } from "./codes.ts";
import { parseDayList } from "./duration.ts";

/** A bullet of the outcomes list, continuation lines already joined, variant marker still in the text. */
export interface OutcomeDraft {
  readonly text: string;
  readonly line: number;
}

// "(2 & 3 day courses only)", "(2 and 3 day courses only)", "(3 day course only)", "(half day course only)",
// "(2-day course only)", "[2 days only]": the words before "day" are the day counts. Bounded repeats keep
// a long line of dashes and brackets linear (an unbounded lazy group here took 0.6 s on a 20 kB line).
const MARKER = /\s*[([]\s*([^()[\]]{0,40}?)[\s-]{0,3}days?\s+(?:courses?\s+)?only\s*[)\]]/i;
// Outcome ids are SCORM objective ids: short enough for every LMS, long enough to read.
const ID_LENGTH = 48;

interface Marked {
  readonly text: string;
  /** Absent: no marker. null: a marker whose day counts could not be read. */
  readonly days?: number[] | null;
}

/** "Basic listening skills (2 & 3 day courses only)" -> text "Basic listening skills", days [2, 3]. */
export function extractMarker(text: string): Marked {
  const match = MARKER.exec(text);
  if (!match) return { text: withoutListPunctuation(text) };
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
  return { text: withoutListPunctuation(rest.replace(/\s+([,.;:])/g, "$1").replace(/\s{2,}/g, " ")), days: parseDayList(match[1] ?? "") };
}

/** "Risk assessment;" -> "Risk assessment": the ";" or "," belongs to the list, not the outcome. */
function withoutListPunctuation(text: string): string {
  return text.trim().replace(/\s*[;,]$/, "");
}

/**
 * Drafts to outcomes: ids are slugs of the text (stable while the text is), made unique in order; days come
 * from the marker or are all of the course's days. `courseDays` is null when the duration could not be read:
 * markers are then not checked (the duration error says what to fix first).
 */
export function buildOutcomes(
  drafts: readonly OutcomeDraft[],
  courseDays: readonly number[] | null,
  file: string,
): { outcomes: LearningOutcome[]; diagnostics: Diagnostic[] } {
  const taken = new Set<string>();
  const seen = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  const outcomes = drafts.map((draft) => {
    const marked = extractMarker(draft.text);
    const days = outcomeDays(marked, draft.line, courseDays, file, diagnostics);
    const first = seen.get(marked.text.toLowerCase());
    if (first !== undefined) {
      const message = `this outcome repeats the one on line ${first}`;
      diagnostics.push(warning(CODES.duplicateOutcome, message, { file, line: draft.line }, "delete one of the two bullets"));
    } else seen.set(marked.text.toLowerCase(), draft.line);
    const id = uniqueSlug(slugify(marked.text, ID_LENGTH) || "outcome", taken);
    return { id, text: marked.text, days, content: [] };
  });
  if (courseDays) diagnostics.push(...daysWithoutOutcomes(outcomes, drafts, courseDays, file));
  return { outcomes, diagnostics };
}

function outcomeDays(
  marked: Marked,
  line: number,
  courseDays: readonly number[] | null,
  file: string,
  diagnostics: Diagnostic[],
): readonly number[] {
  const all = courseDays ?? [];
  if (marked.text === "") {
    diagnostics.push(error(CODES.markerNotUnderstood, "this bullet has a variant marker but no outcome text", { file, line }, "write the outcome before the marker"));
  }
  if (marked.days === undefined) return all;
  if (marked.days === null) {
    const hint = 'write the day counts before "day course(s) only", e.g. "(2 & 3 day courses only)" or "(half day course only)"';
    diagnostics.push(error(CODES.markerNotUnderstood, "the variant marker's day counts cannot be read", { file, line }, hint));
    return all;
  }
  const outside = courseDays ? marked.days.filter((d) => !courseDays.includes(d)) : [];
  if (outside.length > 0) {
    const message = `the marker names ${dayWords(outside)}, but the course runs for ${dayWords(all)}`;
    const hint = "change the marker to name only the course's day counts, or change the course duration in the title";
    diagnostics.push(error(CODES.markerDaysNotRun, message, { file, line }, hint));
    return all;
  }
  return marked.days;
}

function daysWithoutOutcomes(
  outcomes: readonly LearningOutcome[],
  drafts: readonly OutcomeDraft[],
  courseDays: readonly number[],
  file: string,
): Diagnostic[] {
  const line = drafts[0]?.line;
  return courseDays
    .filter((day) => outcomes.length > 0 && !outcomes.some((o) => o.days.includes(day)))
    .map((day) =>
      error(
        CODES.dayWithoutOutcomes,
        `no learning outcome is left for the ${dayWords([day])} course: every outcome is marked for other day counts`,
        { file, ...(line === undefined ? {} : { line }) },
        "remove a variant marker, or take this day count out of the duration",
      ),
    );
}

/** [0.5] -> "half day"; [1] -> "1 day"; [2, 3] -> "2 and 3 days". */
function dayWords(days: readonly number[]): string {
  const names = days.map((d) => (d === 0.5 ? "half" : String(d)));
  const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "");
  return days.length === 1 && days[0] !== undefined && days[0] <= 1 ? `${list} day` : `${list} days`;
}
