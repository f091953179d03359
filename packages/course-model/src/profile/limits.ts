import { error } from "../diagnostics.ts";
import { LIMIT_CODES, LIMITS } from "../limits.ts";
import type { Diagnostic } from "../types.ts";
import type { OutcomeDraft } from "./outcomes.ts";
import type { ProfileDraft } from "./scan.ts";

/**
 * The course.yaml limits applied to a profile too: `import` must never write a course that `build` then
 * refuses, and `build profile.txt` must not package what a course.yaml could not hold.
 */
export function checkProfileLimits(draft: ProfileDraft, title: string | null, bytes: number, file: string): Diagnostic[] {
  if (bytes > LIMITS.fileBytes) {
    const mb = LIMITS.fileBytes / 1024 / 1024;
    return [error(LIMIT_CODES.fileTooLarge, `the course profile is larger than ${mb} MB`, { file }, "a course profile is a page or two of text: check this is the right file")];
  }
  const found: Diagnostic[] = [];
  if (title !== null && title.length > LIMITS.titleLength) {
    found.push(tooLong("the title", title.length, LIMITS.titleLength, file, draft.title?.line));
  }
  for (const outcome of draft.outcomes as readonly OutcomeDraft[]) {
    if (outcome.text.length > LIMITS.textLength) found.push(tooLong("this learning outcome", outcome.text.length, LIMITS.textLength, file, outcome.line));
  }
  const longest = [...draft.description, ...draft.statements, ...draft.notes].find((t) => t.length > LIMITS.textLength);
  if (longest !== undefined) found.push(tooLong("a paragraph", longest.length, LIMITS.textLength, file));
  return found;
}

function tooLong(what: string, length: number, max: number, file: string, line?: number): Diagnostic {
  return error(LIMIT_CODES.tooLong, `${what} is ${length} characters long; at most ${max} are allowed`, { file, ...(line === undefined ? {} : { line }) },
    "shorten it: a profile line is a sentence or a short paragraph");
}
