import type { Course, Question } from "@coursepack/course-model";
import type { AnswerRecord } from "./types.ts";

/**
 * How answers become scores (see docs/decisions/0002-tracking-runtime.md):
 * - a question is right only when the learner picked exactly its correct choices (no partial credit);
 * - an outcome's score is the percentage of its questions answered right;
 * - the overall score is the percentage of all questions answered right, so every question weighs the same
 *   and an outcome with more questions counts for more; an unanswered question counts as wrong.
 */

export function isCorrect(question: Question, choiceIds: readonly string[]): boolean {
  const picked = new Set(choiceIds);
  return question.choices.every((choice) => choice.correct === picked.has(choice.id)) && picked.size > 0;
}

/** The learner's choices, kept to the question's own ids, without repeats, in the question's order. */
export function normaliseChoices(question: Question, choiceIds: readonly string[]): string[] {
  const picked = new Set(choiceIds);
  return question.choices.filter((choice) => picked.has(choice.id)).map((choice) => choice.id);
}

/** 0-100 with at most 2 decimals. */
export function percent(correct: number, total: number): number {
  return total === 0 ? 0 : Math.round((correct / total) * 10000) / 100;
}

export function questionsOf(course: Course, outcomeId: string): readonly Question[] {
  return course.questions.filter((question) => question.outcomeId === outcomeId);
}

export function countCorrect(questions: readonly Question[], answers: Readonly<Record<string, AnswerRecord>>): number {
  return questions.filter((question) => answers[question.id]?.correct === true).length;
}

/** Right answers per outcome id (outcomes without questions are left out). */
export function correctByOutcome(course: Course, answers: Readonly<Record<string, AnswerRecord>>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of course.outcomes) {
    const questions = questionsOf(course, outcome.id);
    if (questions.length > 0) counts[outcome.id] = countCorrect(questions, answers);
  }
  return counts;
}

export function passes(score: number, passMark: number | null): boolean {
  return passMark === null || score >= passMark;
}
