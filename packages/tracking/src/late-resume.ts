import type { Course } from "@coursepack/course-model";
import type { Success } from "./lms-port.ts";
import { isCorrect } from "./scoring.ts";
import { bestSuccess, type TrackState } from "./state.ts";
import type { SavedProgress } from "./suspend-data.ts";
import type { AnswerRecord } from "./types.ts";

/**
 * Progress the LMS held, read only after this page had started (the LMS failed at launch and answered later),
 * merged into what the learner has done since, so the first save cannot overwrite it. Nothing earned is lost:
 * sections are united, statuses and best scores keep the better, and for answers this session's win (they are
 * newer) unless the stored record had already moved on to a later attempt.
 */
export function mergeLateResume(course: Course, state: TrackState, saved: SavedProgress, lms: { completed: boolean; success: Success }): TrackState {
  const done = new Set([...saved.sectionsDone, ...state.sectionsDone]);
  const savedAhead = saved.attemptsUsed > state.attemptsUsed;
  const answers: Record<string, AnswerRecord> = {};
  for (const question of course.questions) {
    const choiceIds = saved.answers[question.id];
    if (choiceIds) answers[question.id] = { choiceIds, correct: isCorrect(question, choiceIds) };
    const current = state.answers[question.id];
    if (current && !savedAhead) answers[question.id] = current;
  }
  return {
    ...state,
    sectionsDone: course.outcomes.map((o) => o.id).filter((id) => done.has(id)),
    answers,
    attemptsUsed: Math.max(saved.attemptsUsed, state.attemptsUsed),
    submitted: savedAhead ? saved.submitted : state.submitted || (saved.attemptsUsed === state.attemptsUsed && saved.submitted),
    completed: state.completed || saved.completed || lms.completed,
    success: bestSuccess(bestSuccess(state.success, saved.success), lms.success),
    bestCorrect: maxOrNull(state.bestCorrect, saved.bestCorrect),
    bestOutcomeCorrect: mergeBest(state.bestOutcomeCorrect, saved.bestOutcomeCorrect),
  };
}

function maxOrNull(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

function mergeBest(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> {
  const merged: Record<string, number> = { ...b };
  for (const [id, value] of Object.entries(a)) merged[id] = Math.max(value, merged[id] ?? value);
  return merged;
}
