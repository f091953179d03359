/**
 * Reads coursepack suspend data without its course, by position: for `decode` when the course is not given,
 * or when the data was written by another version of it. Mirrors the layout documented in suspend-data.ts
 * (its round-trip test fails if the two drift apart):
 *
 *   v1|<fingerprint>|<sections>|<attempts>|<flags>|<answers>|<best>|<best per outcome>|<revision>
 *
 * Without the course two widths are not written down: the answer bitmask width (1 character up to 5 choices
 * per question, 2 above) and the best-per-outcome width (1 up to 35 questions per outcome). Both are taken
 * as the narrow one unless the data cannot be read that way.
 */
import { preview } from "./decode-preview.ts";
import type { Success } from "./lms-port.ts";

export const FORMAT = 1;
const FIELDS = 9;
const FLAG = { submitted: 1, completed: 2, failed: 4, passed: 8 } as const;

export interface RawProgress {
  readonly format: number;
  readonly fingerprint: string;
  /** 0-based outcome positions whose section is done. */
  readonly sectionsDone: readonly number[];
  /** How many outcomes the course has, when the data shows it; else null. */
  readonly outcomeCount: number | null;
  /** Per question position, the 0-based positions of the choices picked (empty when unanswered). */
  readonly answers: readonly (readonly number[])[];
  readonly attemptsUsed: number;
  readonly submitted: boolean;
  readonly completed: boolean;
  readonly success: Success;
  readonly bestCorrect: number | null;
  /** Per outcome position, the best right-answer count; null when none yet. Empty when the count is unknown. */
  readonly bestOutcomeCorrect: readonly (number | null)[];
}

export type RawResult = { readonly ok: true; readonly value: RawProgress } | { readonly ok: false; readonly message: string };

export function readRawProgress(text: string): RawResult {
  const fields = text.split("|");
  const version = /^v(\d{1,4})$/.exec(fields[0] ?? "");
  if (!version) return fail(`this is not coursepack progress data${otherTool(text)}.`);
  if (Number(version[1]) !== FORMAT) {
    return fail(`this was written in coursepack's suspend data format ${version[1]}; this coursepack reads format ${FORMAT}. Use the coursepack that built the package.`);
  }
  if (fields.length < FIELDS) {
    return fail(`the data is cut short: it has ${fields.length} of the ${FIELDS} parts coursepack writes. It was copied in part, or the LMS cut it (SCORM 1.2 LMSs keep at most 4096 characters).`);
  }
  if (fields.length > FIELDS) return fail(`the data is damaged: it has ${fields.length} parts where coursepack writes ${FIELDS}.`);
  return readFields(fields);
}

function readFields(fields: readonly string[]): RawResult {
  const [, fingerprint = "", sections = "", attempts = "", flagText = "", answerText = "", best = "", outcomeText = "", revision = ""] = fields;
  const checks: readonly (readonly [name: string, value: string, pattern: RegExp])[] = [
    ["course fingerprint", fingerprint, /^[0-9a-z]+$/],
    ["sections", sections, /^[0-9a-v]*$/],
    ["attempts", attempts, /^[0-9a-z]+$/],
    ["flags", flagText, /^[0-9a-f]$/],
    ["answers", answerText, /^[0-9a-z]*$/],
    ["best score", best, /^[0-9a-z]+$/],
    ["best score per outcome", outcomeText, /^[0-9a-z]*$/],
    ["revision", revision, /^[0-9a-z]+$/],
  ];
  const bad = checks.find(([, value, pattern]) => !pattern.test(value));
  if (bad) return fail(`the data is damaged: its ${bad[0]} part, ${preview(bad[1], 20)}, is not what coursepack writes.`);
  const answers = readAnswers(answerText);
  const bestPlusOne = Number.parseInt(best, 36);
  if (!answers || bestPlusOne > answers.length + 1) return fail("the data is damaged: its answers and best score do not fit together.");
  const flags = Number.parseInt(flagText, 36);
  const outcomeCount = Math.ceil(outcomeText.length / 5) === sections.length ? outcomeText.length : null;
  return {
    ok: true,
    value: {
      format: FORMAT,
      fingerprint,
      sectionsDone: readSections(sections).filter((index) => outcomeCount === null || index < outcomeCount),
      outcomeCount,
      answers,
      attemptsUsed: Number.parseInt(attempts, 36),
      submitted: (flags & FLAG.submitted) !== 0,
      completed: (flags & FLAG.completed) !== 0,
      success: flags & FLAG.passed ? "passed" : flags & FLAG.failed ? "failed" : "unknown",
      bestCorrect: bestPlusOne > 0 ? bestPlusOne - 1 : null,
      bestOutcomeCorrect: outcomeCount === null ? [] : [...outcomeText].map((c) => (c === "0" ? null : Number.parseInt(c, 36) - 1)),
    },
  };
}

/** Section bitset: 5 outcomes per base-32 character, lowest bit first. */
function readSections(text: string): number[] {
  const done: number[] = [];
  [...text].forEach((char, at) => {
    const chunk = Number.parseInt(char, 32);
    for (let bit = 0; bit < 5; bit++) if ((chunk >> bit) & 1) done.push(at * 5 + bit);
  });
  return done;
}

/** One bitmask per question over its choice order; 1 character wide unless a value needs 2. */
function readAnswers(text: string): number[][] | null {
  const narrow = [...text].every((char) => Number.parseInt(char, 36) < 32);
  const width = narrow ? 1 : 2;
  if (text.length % width !== 0) return null;
  const answers: number[][] = [];
  for (let at = 0; at < text.length; at += width) {
    const mask = Number.parseInt(text.slice(at, at + width), 36);
    if (mask >= 2 ** 10) return null;
    answers.push(Array.from({ length: 10 }, (_, bit) => bit).filter((bit) => Math.floor(mask / 2 ** bit) % 2 === 1));
  }
  return answers;
}

/** A short guess at what wrote data that is not ours, to point support staff the right way. */
function otherTool(text: string): string {
  if (/^\s*[[{]/.test(text)) return ": it looks like JSON, as another authoring tool would save";
  if (/^[A-Za-z0-9+/=_-]{16,}$/.test(text)) return ": it looks like another authoring tool's packed data";
  return "";
}

function fail(message: string): RawResult {
  return { ok: false, message };
}
