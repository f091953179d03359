import type { Course } from "@coursepack/course-model";
import type { Success } from "./lms-port.ts";

/**
 * The suspend_data codec: what resume needs, small enough for SCORM 1.2's 4096 characters with room to spare.
 *
 *   v1|<fingerprint>|<sections>|<attempts>|<flags>|<answers>|<best>|<best per outcome>|<revision>
 *
 * - fingerprint: base36 FNV-1a of the course's shape (outcome ids, question ids and outcomes, choice counts);
 *   data written for another shape is foreign and ignored.
 * - sections: a bitset over the outcome order, 5 bits per character (0-9a-v).
 * - answers: one fixed-width base36 bitmask per question, over the question's choice order (0 = unanswered).
 * - best / best per outcome: right-answer counts, stored +1 so that 0 means "none yet".
 * - revision: changes with every retry after a failed save. Moodle marks values as sent before its request
 *   completes, so after a failed commit it would not send an unchanged suspend_data again; a new revision
 *   makes the retry carry it. Ignored when reading.
 * Only [0-9a-z|] is used: safe in every LMS and in a URL-encoded POST.
 */

export interface SavedProgress {
  readonly sectionsDone: readonly string[];
  /** Choice ids per answered question. */
  readonly answers: Readonly<Record<string, readonly string[]>>;
  readonly attemptsUsed: number;
  readonly submitted: boolean;
  readonly completed: boolean;
  readonly success: Success;
  readonly bestCorrect: number | null;
  readonly bestOutcomeCorrect: Readonly<Record<string, number>>;
}

export type DecodeResult = { readonly ok: true; readonly value: SavedProgress } | { readonly ok: false; readonly reason: string };

const VERSION = "v1";
const FLAG = { submitted: 1, completed: 2, failed: 4, passed: 8 } as const;

export function encodeProgress(course: Course, progress: SavedProgress, revision = 0): string {
  const shape = shapeOf(course);
  const done = new Set(progress.sectionsDone);
  const sections = bitsToChars(course.outcomes.map((outcome) => done.has(outcome.id)));
  const answers = course.questions.map((question) => {
    const picked = new Set(progress.answers[question.id] ?? []);
    const mask = question.choices.reduce((bits, choice, index) => (picked.has(choice.id) ? bits + 2 ** index : bits), 0);
    return fixed(mask, shape.answerWidth);
  });
  const bestOutcomes = course.outcomes.map((outcome) => fixed((progress.bestOutcomeCorrect[outcome.id] ?? -1) + 1, shape.outcomeWidth));
  const flags =
    (progress.submitted ? FLAG.submitted : 0) |
    (progress.completed ? FLAG.completed : 0) |
    (progress.success === "failed" ? FLAG.failed : 0) |
    (progress.success === "passed" ? FLAG.passed : 0);
  return [VERSION, shape.fingerprint, sections, progress.attemptsUsed.toString(36), flags.toString(36),
    answers.join(""), ((progress.bestCorrect ?? -1) + 1).toString(36), bestOutcomes.join(""), (revision % 1296).toString(36)].join("|");
}

/** Reads suspend data back; anything unreadable, from another version or another course shape is refused. */
export function decodeProgress(course: Course, text: string): DecodeResult {
  const fields = text.split("|");
  if (fields[0] !== VERSION || fields.length !== 9) return fail(`not ${VERSION} coursepack data`);
  const [, fingerprint = "", sections = "", attempts = "", flagText = "", answerText = "", best = "", outcomeText = ""] = fields;
  const shape = shapeOf(course);
  if (fingerprint !== shape.fingerprint) return fail("written for a different version of this course");
  const bits = charsToBits(sections, course.outcomes.length);
  const answers = decodeAnswers(course, answerText, shape.answerWidth);
  const bestOutcomes = decodeFixed(outcomeText, shape.outcomeWidth, course.outcomes.length);
  const flags = base36(flagText);
  const attemptsUsed = base36(attempts);
  const bestPlusOne = base36(best);
  if (!bits || !answers || !bestOutcomes || flags === null || attemptsUsed === null || bestPlusOne === null || base36(fields[8] ?? "") === null) {
    return fail("damaged");
  }
  const counts = course.outcomes.map((outcome) => course.questions.filter((q) => q.outcomeId === outcome.id).length);
  if (bestPlusOne > course.questions.length + 1 || bestOutcomes.some((value, index) => value > (counts[index] ?? 0) + 1)) {
    return fail("damaged: a score is out of range");
  }
  const bestOutcomeCorrect: Record<string, number> = {};
  course.outcomes.forEach((outcome, index) => {
    const value = bestOutcomes[index] ?? 0;
    if (value > 0) bestOutcomeCorrect[outcome.id] = value - 1;
  });
  return {
    ok: true,
    value: {
      sectionsDone: course.outcomes.filter((_, index) => bits[index]).map((outcome) => outcome.id),
      answers,
      attemptsUsed,
      submitted: (flags & FLAG.submitted) !== 0,
      completed: (flags & FLAG.completed) !== 0,
      success: flags & FLAG.passed ? "passed" : flags & FLAG.failed ? "failed" : "unknown",
      bestCorrect: bestPlusOne > 0 ? bestPlusOne - 1 : null,
      bestOutcomeCorrect,
    },
  };
}

function decodeAnswers(course: Course, text: string, width: number): Record<string, string[]> | null {
  const masks = decodeFixed(text, width, course.questions.length);
  if (!masks) return null;
  const answers: Record<string, string[]> = {};
  for (const [index, question] of course.questions.entries()) {
    const mask = masks[index] ?? 0;
    if (mask >= 2 ** question.choices.length) return null;
    const ids = question.choices.filter((_, bit) => Math.floor(mask / 2 ** bit) % 2 === 1).map((choice) => choice.id);
    if (ids.length > 0) answers[question.id] = ids;
  }
  return answers;
}

interface Shape {
  readonly fingerprint: string;
  readonly answerWidth: number;
  readonly outcomeWidth: number;
}

function shapeOf(course: Course): Shape {
  const maxChoices = Math.max(1, ...course.questions.map((question) => question.choices.length));
  const perOutcome = course.outcomes.map((outcome) => course.questions.filter((q) => q.outcomeId === outcome.id).length);
  const text = [
    course.outcomes.map((outcome) => outcome.id).join(","),
    course.questions.map((question) => `${question.id}>${question.outcomeId}:${question.choices.length}`).join(","),
  ].join(";");
  return {
    fingerprint: fnv1a(text),
    answerWidth: (2 ** maxChoices - 1).toString(36).length,
    outcomeWidth: (Math.max(0, ...perOutcome) + 1).toString(36).length,
  };
}

/** 32-bit FNV-1a, base36: a short, stable name for the course's shape (not a security measure). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function fixed(value: number, width: number): string {
  return value.toString(36).padStart(width, "0");
}

function decodeFixed(text: string, width: number, count: number): number[] | null {
  if (text.length !== width * count) return null;
  const values: number[] = [];
  for (let index = 0; index < count; index++) {
    const value = base36(text.slice(index * width, (index + 1) * width));
    if (value === null) return null;
    values.push(value);
  }
  return values;
}

function bitsToChars(bits: readonly boolean[]): string {
  let text = "";
  for (let start = 0; start < bits.length; start += 5) {
    const chunk = bits.slice(start, start + 5).reduce((value, bit, index) => value | (bit ? 1 << index : 0), 0);
    text += chunk.toString(32);
  }
  return text;
}

function charsToBits(text: string, count: number): boolean[] | null {
  if (text.length !== Math.ceil(count / 5) || !/^[0-9a-v]*$/.test(text)) return null;
  const bits: boolean[] = [];
  for (let index = 0; index < count; index++) {
    const chunk = Number.parseInt(text[Math.floor(index / 5)] ?? "0", 32);
    bits.push(((chunk >> index % 5) & 1) === 1);
  }
  return bits;
}

function base36(text: string): number | null {
  return /^[0-9a-z]+$/.test(text) ? Number.parseInt(text, 36) : null;
}

function fail(reason: string): DecodeResult {
  return { ok: false, reason };
}
