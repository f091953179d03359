/**
 * `coursepack decode`'s logic: a learner's saved progress in plain terms, for support staff answering "my
 * progress disappeared". Given the course's variants, the data is read by the tracker's own codec and scored
 * by the tracker's own rules, so the report shows what the module would show; without them (or when none of
 * them wrote it) it is read by position. Pure: no file system, usable in the preview LMS too.
 */
import type { Course, CourseVariant } from "@coursepack/course-model";
import type { DecodeProblem, InputKind, LmsFields, ProgressInput } from "./decode-input.ts";
import { inputProblem, readProgressInput } from "./decode-input.ts";
import type { RawProgress } from "./decode-raw.ts";
import { readRawProgress } from "./decode-raw.ts";
import { bestOutcomeScores, bestScore, currentScore, outcomeScores } from "./derive.ts";
import type { Success } from "./lms-port.ts";
import { isCorrect, percent, questionsOf } from "./scoring.ts";
import { initialState } from "./state.ts";
import type { SavedProgress } from "./suspend-data.ts";
import { decodeProgress, encodeProgress } from "./suspend-data.ts";

export interface ReportCourse {
  readonly id: string;
  readonly title: string;
  /** The variant's label ("2-3 days"), null for a course with one outcome set. */
  readonly variant: string | null;
  readonly passMark: number | null;
  /** Knowledge-check submissions allowed; 0 means no limit. */
  readonly attemptsAllowed: number;
}

/** Numbers are 1-based positions in the course; ids and texts are null when the course is not known. */
export interface SectionLine {
  readonly number: number;
  readonly id: string | null;
  readonly text: string | null;
}

export interface AnswerLine {
  readonly number: number;
  readonly id: string | null;
  readonly prompt: string | null;
  readonly outcomeId: string | null;
  /** Choice ids (by position without the course: a, b, c ...) and their texts. */
  readonly choices: readonly { readonly id: string; readonly text: string | null }[];
  readonly correct: boolean | null;
}

export interface OutcomeLine {
  readonly number: number;
  readonly id: string | null;
  readonly text: string | null;
  readonly questions: number | null;
  /** Best submission (what the LMS objective shows); null when none yet. */
  readonly bestCorrect: number | null;
  readonly bestPercent: number | null;
  /** This attempt, once final (what the learner sees); null when not known. */
  readonly currentPercent: number | null;
}

export interface ProgressReport {
  /** coursepack's suspend data format (the `v1` prefix). */
  readonly format: number;
  /** The course shape the data was written for. */
  readonly fingerprint: string;
  readonly source: InputKind;
  /** course: read with the course; no-course: none given; other-course: the course given did not write it. */
  readonly match: "course" | "no-course" | "other-course";
  readonly course: ReportCourse | null;
  /** The fingerprint of each variant of the course given, when none matched. */
  readonly courseFingerprints: readonly { readonly variant: string | null; readonly fingerprint: string }[];
  /** total: the course's outcome count; null when it cannot be told. */
  readonly sections: { readonly total: number | null; readonly done: readonly SectionLine[] };
  readonly questions: number | null;
  /** Answered questions of the current attempt. */
  readonly answers: readonly AnswerLine[];
  readonly attemptsUsed: number;
  readonly submitted: boolean;
  readonly completed: boolean;
  readonly success: Success;
  /** The best submission: the score reported to the LMS. */
  readonly bestScore: { readonly correct: number; readonly total: number; readonly percent: number } | null;
  /** The current attempt's score once submitted; known only with the course. */
  readonly currentScore: number | null;
  readonly outcomes: readonly OutcomeLine[];
  /** The LMS's bookmark (not part of suspend data: only from an export). */
  readonly bookmark: { readonly location: string; readonly page: string | null } | null;
  readonly lms: LmsFields | null;
  readonly notes: readonly string[];
}

export type DecodeReportResult = { readonly ok: true; readonly report: ProgressReport } | { readonly ok: false; readonly problem: DecodeProblem };

const PAGES: Readonly<Record<string, string>> = {
  welcome: "the welcome page",
  assessment: "the knowledge check",
  results: "the results page",
  certificate: "the certificate",
};

/** `text`: suspend data, a JSON export or element,value rows; `variants`: the course's, when known. */
export function decodeReport(text: string, variants: readonly CourseVariant[] = []): DecodeReportResult {
  const input = readProgressInput(text);
  if (!input.ok) return input;
  const raw = readRawProgress(input.value.suspendData);
  if (!raw.ok) return inputProblem(raw.message, input.value.suspendData);
  const variant = variants.find((v) => fingerprintOf(v.course) === raw.value.fingerprint);
  if (!variant) return { ok: true, report: byPosition(input.value, raw.value, variants) };
  const saved = decodeProgress(variant.course, input.value.suspendData);
  if (!saved.ok) return inputProblem(`the data was written for this course but is ${saved.reason}.`, input.value.suspendData);
  return { ok: true, report: withCourse(input.value, raw.value, variant, saved.value) };
}

/** The course shape's name, as the codec writes it (field 2 of any suspend data for the course). */
export function fingerprintOf(course: Course): string {
  const empty: SavedProgress = { sectionsDone: [], answers: {}, attemptsUsed: 0, submitted: false, completed: false, success: "unknown", bestCorrect: null, bestOutcomeCorrect: {} };
  return encodeProgress(course, empty).split("|")[1] ?? "";
}

function head(input: ProgressInput, raw: RawProgress) {
  return { format: raw.format, fingerprint: raw.fingerprint, source: input.kind };
}

function status(raw: RawProgress) {
  return { attemptsUsed: raw.attemptsUsed, submitted: raw.submitted, completed: raw.completed, success: raw.success };
}

function withCourse(input: ProgressInput, raw: RawProgress, variant: CourseVariant, saved: SavedProgress): ProgressReport {
  const { course } = variant;
  const state = initialState(course, 0, saved, { completed: saved.completed, success: saved.success, location: null });
  const current = outcomeScores(course, state);
  const best = bestOutcomeScores(course, state);
  const overall = bestScore(course, state);
  return {
    ...head(input, raw),
    match: "course",
    course: { id: course.id, title: course.title, variant: variant.label, passMark: course.assessment.passMark, attemptsAllowed: course.assessment.attempts },
    courseFingerprints: [],
    sections: { total: course.outcomes.length, done: course.outcomes.flatMap((o, i) => (saved.sectionsDone.includes(o.id) ? [{ number: i + 1, id: o.id, text: o.text }] : [])) },
    questions: course.questions.length,
    answers: course.questions.flatMap((q, i) => {
      const picked = saved.answers[q.id];
      if (!picked) return [];
      const choices = q.choices.filter((c) => picked.includes(c.id)).map((c) => ({ id: c.id, text: c.text }));
      return [{ number: i + 1, id: q.id, prompt: q.prompt, outcomeId: q.outcomeId, choices, correct: isCorrect(q, picked) }];
    }),
    ...status(raw),
    bestScore: saved.bestCorrect === null || overall === null ? null : { correct: saved.bestCorrect, total: course.questions.length, percent: overall },
    currentScore: currentScore(course, state),
    outcomes: course.outcomes.map((o, i) => ({
      number: i + 1, id: o.id, text: o.text, questions: questionsOf(course, o.id).length,
      bestCorrect: saved.bestOutcomeCorrect[o.id] ?? null, bestPercent: best[o.id] ?? null, currentPercent: current[o.id] ?? null,
    })),
    bookmark: bookmark(input.lms?.location ?? null, course),
    lms: input.lms,
    notes: [...input.notes, ...lmsNotes(input.lms, saved.completed)],
  };
}

function byPosition(input: ProgressInput, raw: RawProgress, variants: readonly CourseVariant[]): ProgressReport {
  const total = raw.answers.length;
  const courseFingerprints = variants.map((v) => ({ variant: v.label, fingerprint: fingerprintOf(v.course) }));
  return {
    ...head(input, raw),
    match: variants.length > 0 ? "other-course" : "no-course",
    course: null,
    courseFingerprints,
    sections: { total: raw.outcomeCount, done: raw.sectionsDone.map((i) => ({ number: i + 1, id: null, text: null })) },
    questions: total,
    answers: raw.answers.flatMap((picked, i) =>
      picked.length === 0 ? [] : [{ number: i + 1, id: null, prompt: null, outcomeId: null, choices: picked.map((p) => ({ id: String.fromCharCode(97 + p), text: null })), correct: null }]),
    ...status(raw),
    bestScore: raw.bestCorrect === null ? null : { correct: raw.bestCorrect, total, percent: percent(raw.bestCorrect, total) },
    currentScore: null,
    outcomes: raw.bestOutcomeCorrect.map((best, i) => ({ number: i + 1, id: null, text: null, questions: null, bestCorrect: best, bestPercent: null, currentPercent: null })),
    bookmark: bookmark(input.lms?.location ?? null, null),
    lms: input.lms,
    notes: [...input.notes, ...otherCourseNote(variants, raw.fingerprint, courseFingerprints), ...lmsNotes(input.lms, raw.completed)],
  };
}

function bookmark(location: string | null, course: Course | null): ProgressReport["bookmark"] {
  if (location === null) return null;
  const index = course?.outcomes.findIndex((o) => o.id === location) ?? -1;
  const outcome = course?.outcomes[index];
  return { location, page: PAGES[location] ?? (outcome ? `section ${index + 1}: ${outcome.text}` : null) };
}

function otherCourseNote(variants: readonly CourseVariant[], fingerprint: string, theirs: ProgressReport["courseFingerprints"]): string[] {
  const title = variants[0]?.course.title;
  if (title === undefined) return [];
  const names = theirs.map((t) => (t.variant ? `${t.fingerprint} (${t.variant})` : t.fingerprint)).join(", ");
  return [
    `This progress was not saved by this version of "${title}": the course's outcomes or questions have changed since, or it ` +
      'belongs to another course. The module cannot use it and starts the learner afresh, a common cause of "my progress ' +
      `disappeared". The data's course fingerprint is ${fingerprint}; this course's is ${names}. It is read by position.`,
  ];
}

/** What the LMS values say about resuming (SCORM RTE: entry is "resume" only after exit = "suspend"). */
function lmsNotes(lms: LmsFields | null, completed: boolean): string[] {
  if (!lms || completed || lms.exit === null || lms.exit === "suspend") return [];
  return [
    `The LMS holds exit = "${lms.exit}", not "suspend", for an unfinished attempt: launched again, the LMS will not say ` +
      '"resume", so the module will start from the beginning (check the activity\'s attempt settings).',
  ];
}
