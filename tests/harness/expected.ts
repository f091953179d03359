/**
 * What a learner following a plan should be reported with, worked out from the course data alone, by the
 * rules of docs/decisions/0002-tracking-runtime.md: a question is right only with exactly its correct
 * choices; an outcome's score is the share of its questions answered right; the overall score is the share
 * of all questions answered right; at most 2 decimals. Independent of the tracker's own code on purpose.
 */
import type { Course, Question, ScormVersion } from "@coursepack/course-model";
import type { Plan } from "./learner.ts";
import { picks } from "./learner.ts";

export interface ExpectedAnswer {
  readonly question: Question;
  readonly right: boolean;
  /** Positions of the picked choices in the question, in question order. */
  readonly picked: readonly number[];
}

export interface ExpectedResult {
  readonly total: number;
  readonly right: number;
  /** 0-100 with at most 2 decimals. */
  readonly score: number;
  /** Null when the course has no pass mark. */
  readonly passed: boolean | null;
  /** Per outcome id, for outcomes with questions. */
  readonly outcomes: Readonly<Record<string, number>>;
  /** In course order. */
  readonly answers: readonly ExpectedAnswer[];
}

export function percent(right: number, total: number): number {
  return Math.round((right / total) * 10000) / 100;
}

export function expectedResult(course: Course, plan: Plan): ExpectedResult {
  const answers = course.questions.map((question, index): ExpectedAnswer => {
    const right = plan(question, index);
    const chosen = new Set(picks(question, right).map((c) => c.id));
    const picked = question.choices.flatMap((c, i) => (chosen.has(c.id) ? [i] : []));
    return { question, right, picked };
  });
  const outcomes: Record<string, number> = {};
  for (const outcome of course.outcomes) {
    const mine = answers.filter((a) => a.question.outcomeId === outcome.id);
    if (mine.length) outcomes[outcome.id] = percent(mine.filter((a) => a.right).length, mine.length);
  }
  const right = answers.filter((a) => a.right).length;
  const score = percent(right, answers.length);
  const passMark = course.assessment.passMark;
  return { total: answers.length, right, score, passed: passMark === null ? null : score >= passMark, outcomes, answers };
}

/** A score as the LMS should hold it: "64.52", "50", "100". */
export function raw(score: number): string {
  return String(score);
}

/** score.scaled (2004): the score over 100, at most 4 decimals: "0.6452", "1". */
export function scaled(score: number): string {
  return String(Math.round(score * 100) / 10000);
}

/**
 * The learner's response as the version writes it: SCORM 1.2 single characters by position (a-z, then 0-9)
 * and t/f (RTE 3.4.4); SCORM 2004 the choice ids joined by "[,]" and true/false (RTE 4.2.9.1).
 */
export function response(version: ScormVersion, question: Question, positions: readonly number[]): string {
  if (version === "1.2") {
    if (question.type === "true-false") return question.choices[positions[0]!]!.id === "true" ? "t" : "f";
    return positions.map((i) => (i < 26 ? String.fromCharCode(97 + i) : String(i - 26))).join(",");
  }
  return positions.map((i) => question.choices[i]!.id).join("[,]");
}

/** Positions of the correct choices. */
export function correctPositions(question: Question): number[] {
  return question.choices.flatMap((c, i) => (c.correct ? [i] : []));
}

/** The whole percentage the results screen shows: rounded down, never above what was scored. */
export function shownPercent(score: number): string {
  return `${Math.floor(score + 1e-9)}%`;
}
