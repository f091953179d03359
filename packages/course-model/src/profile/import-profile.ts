import { DEFAULT_BRANDING, DEFAULT_LANGUAGE, DEFAULT_SCORM, defaultAssessment, defaultCompletion } from "../defaults.ts";
import { error, hasErrors, sortDiagnostics } from "../diagnostics.ts";
import type { Course, Diagnostic, LearningOutcome, Result } from "../types.ts";
import { CODES } from "./codes.ts";
import { decodeProfile } from "./decode.ts";
import { checkProfileLimits } from "./limits.ts";
import { toLines } from "./lines.ts";
import { splitMethods } from "./methods.ts";
import { buildOutcomes } from "./outcomes.ts";
import type { ProfileDraft } from "./scan.ts";
import { scanProfile } from "./scan.ts";
import { readHeading } from "./title.ts";

const OUTCOMES_HINT = 'list the outcomes under a "Learning outcomes" line, one bullet ("• ...") per outcome';

/**
 * Reads a plain-text course profile, as training organisations write them, into a Course with no content
 * or questions yet (completion-only). Pure: `file` is only used to say where a problem is. Every problem is
 * reported at once; lines that cannot be placed are kept in `notes` with a CP120 warning, never dropped.
 */
export function importProfile(input: string | Uint8Array, file: string): Result<Course> {
  const text = decodeProfile(input, file);
  if (!text.ok) return { ok: false, diagnostics: text.diagnostics };
  const draft = scanProfile(toLines(text.value), file);
  const heading = readHeading(draft, file);
  const body = buildOutcomes(draft.outcomes, heading.duration?.days ?? null, file);
  const bytes = typeof input === "string" ? input.length : input.byteLength;
  const limits = checkProfileLimits(draft, heading.title, bytes, file);
  const diagnostics = sortDiagnostics([...draft.warnings, ...heading.diagnostics, ...body.diagnostics, ...checkOutcomes(draft, file), ...limits]);
  const { id, title, duration } = heading;
  if (hasErrors(diagnostics) || title === null || duration === null) return { ok: false, diagnostics };
  return { ok: true, value: toCourse(draft, { id, title, duration }, body.outcomes), warnings: diagnostics };
}

/** No outcomes at all, or an outcomes heading with nothing after it (a file cut short). */
function checkOutcomes(draft: ProfileDraft, file: string): Diagnostic[] {
  if (draft.outcomes.length > 0) return [];
  const line = draft.outcomesHeading;
  if (line === null) return [error(CODES.noOutcomes, "the course profile has no learning outcomes", { file }, OUTCOMES_HINT)];
  if (!draft.afterHeading) {
    const message = "the file ends after the learning outcomes heading: it looks cut short";
    return [error(CODES.truncated, message, { file, line }, "export the whole profile again; the outcomes should follow this line")];
  }
  return [error(CODES.noOutcomes, "no bulleted learning outcomes follow this heading", { file, line }, OUTCOMES_HINT)];
}

function toCourse(draft: ProfileDraft, heading: Pick<Course, "id" | "title" | "duration">, outcomes: LearningOutcome[]): Course {
  return {
    ...heading,
    description: draft.description,
    frameworks: draft.frameworks,
    audience: draft.audience.join(" "),
    statements: draft.statements,
    outcomes,
    methods: [...splitMethods(draft.methodsText), ...draft.methodBullets],
    notes: draft.notes,
    language: DEFAULT_LANGUAGE,
    questions: [],
    assessment: defaultAssessment(false),
    completion: defaultCompletion(false),
    scorm: DEFAULT_SCORM,
    branding: DEFAULT_BRANDING,
    strings: {},
  };
}
