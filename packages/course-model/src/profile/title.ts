import { error, warning } from "../diagnostics.ts";
import { slugify } from "../slug.ts";
import type { Diagnostic, Duration } from "../types.ts";
import { CODES, DURATION_FORMS, TITLE_EXAMPLE } from "./codes.ts";
import { looksLikeDuration, parseDuration } from "./duration.ts";
import { TITLE_PARTS } from "./patterns.ts";
import type { Placed, ProfileDraft } from "./scan.ts";

export interface Heading {
  readonly title: string | null;
  readonly id: string;
  readonly duration: Duration | null;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * "Course Profile: Key Working (1-3 Days)" -> title, id and duration. The duration is the title's last
 * "(...)", or a "Duration: 1 Day" line when the title has none; when both are given the title wins.
 */
export function readHeading(draft: ProfileDraft, file: string): Heading {
  const diagnostics: Diagnostic[] = [];
  const { title, fromTitle } = splitTitle(draft.title);
  if (title === null || title === "") diagnostics.push(noTitle(draft, file));
  const source = fromTitle ?? draft.durationLine;
  if (source === null && draft.title !== null) {
    const hint = `put the duration in brackets after the title: "${TITLE_EXAMPLE}"`;
    diagnostics.push(error(CODES.noDuration, "the course profile gives no duration", { file, line: draft.title.line }, hint));
  }
  const duration = source === null ? null : readDuration(source, file, diagnostics);
  if (fromTitle && draft.durationLine && duration) checkAgrees(duration, draft.durationLine, file, diagnostics);
  return { title: title || null, id: courseId(title ?? "", draft, file, diagnostics), duration, diagnostics };
}

function splitTitle(line: Placed | null): { title: string | null; fromTitle: Placed | null } {
  if (line === null) return { title: null, fromTitle: null };
  const parts = TITLE_PARTS.exec(line.text);
  const inBrackets = parts?.[2]?.trim() ?? "";
  if (!parts || !looksLikeDuration(inBrackets)) return { title: line.text, fromTitle: null };
  return { title: (parts[1] ?? "").trim(), fromTitle: { text: inBrackets, line: line.line } };
}

function noTitle(draft: ProfileDraft, file: string): Diagnostic {
  const line = draft.title?.line ?? draft.firstLine;
  const message = draft.title ? "the title line has no title" : "the course profile has no title line";
  const hint = `start the profile with a title line: "${TITLE_EXAMPLE}"`;
  return error(CODES.noTitle, message, { file, ...(line === null ? {} : { line }) }, hint);
}

function readDuration(source: Placed, file: string, diagnostics: Diagnostic[]): Duration | null {
  const days = parseDuration(source.text);
  if (days) return { label: source.text, days };
  const message = `the duration "${source.text}" is not one the importer can read`;
  diagnostics.push(error(CODES.unknownDuration, message, { file, line: source.line }, `write one of ${DURATION_FORMS}`));
  return null;
}

function checkAgrees(duration: Duration, line: Placed, file: string, diagnostics: Diagnostic[]): void {
  const other = parseDuration(line.text);
  if (other && other.join() === duration.days.join()) return;
  const message = `this duration line says "${line.text}" but the title says "${duration.label}": the title's is used`;
  diagnostics.push(warning(CODES.durationDisagrees, message, { file, line: line.line }, "make the two agree, or delete this line"));
}

/** The slug of the title names files and packages; a title with no Latin letters or digits gets "course". */
function courseId(title: string, draft: ProfileDraft, file: string, diagnostics: Diagnostic[]): string {
  const id = slugify(title);
  if (id !== "" || title === "") return id || "course";
  const hint = "set `id` in course.yaml to a name made of a-z, 0-9 and hyphens";
  const at = { file, ...(draft.title ? { line: draft.title.line } : {}) };
  diagnostics.push(warning(CODES.titleWithoutId, 'the title has no letters to make an id from: the id is "course"', at, hint));
  return "course";
}
