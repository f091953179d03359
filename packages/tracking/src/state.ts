import type { Course } from "@coursepack/course-model";
import type { InteractionRecord, Success } from "./lms-port.ts";
import type { SavedProgress } from "./suspend-data.ts";
import type { AnswerRecord } from "./types.ts";
import { correctByOutcome, countCorrect, isCorrect, normaliseChoices, passes, percent } from "./scoring.ts";

/**
 * The tracker's state machine: a pure reducer over the course model. It knows nothing of SCORM versions,
 * LMS calls or the DOM; scorm-sync.ts turns its state into LMS writes.
 *
 * Earned results are sticky: `completed` never goes back to false and `success` only moves
 * unknown -> failed -> passed, so a retry after passing can never report failed (many LMSs never accept a
 * downgrade, and learners must not lose what they earned).
 */

export interface TrackState {
  readonly location: string | null;
  /** Outcome ids, in course order. */
  readonly sectionsDone: readonly string[];
  readonly answers: Readonly<Record<string, AnswerRecord>>;
  readonly attemptsUsed: number;
  readonly submitted: boolean;
  readonly completed: boolean;
  readonly success: Success;
  /** Right answers in the best submission (the one reported to the LMS). */
  readonly bestCorrect: number | null;
  /** Best right-answer count per outcome over all submissions. */
  readonly bestOutcomeCorrect: Readonly<Record<string, number>>;
  /** This session's interactions, appended at each submission. */
  readonly journal: readonly InteractionRecord[];
  /** When each answer of this session was given and how long it took (not kept across sessions). */
  readonly answerTimes: Readonly<Record<string, { readonly at: number; readonly latencyMs: number }>>;
  /** Last visit or answer: latency is measured from here. */
  readonly lastActivityAt: number;
  readonly finished: boolean;
}

export type Action =
  | { readonly type: "visit"; readonly pageId: string; readonly at: number }
  | { readonly type: "complete-section"; readonly outcomeId: string; readonly at: number }
  | { readonly type: "answer"; readonly questionId: string; readonly choiceIds: readonly string[]; readonly at: number }
  | { readonly type: "submit"; readonly at: number }
  | { readonly type: "retry"; readonly at: number }
  | { readonly type: "finish" };

/** A fresh state, or one restored from suspend data, merged with what the LMS already records. */
export function initialState(
  course: Course,
  at: number,
  saved: SavedProgress | null,
  lms: { readonly completed: boolean; readonly success: Success; readonly location: string | null },
): TrackState {
  const answers: Record<string, AnswerRecord> = {};
  for (const question of course.questions) {
    const choiceIds = saved?.answers[question.id];
    if (choiceIds) answers[question.id] = { choiceIds, correct: isCorrect(question, choiceIds) };
  }
  return {
    location: lms.location,
    sectionsDone: saved?.sectionsDone ?? [],
    answers,
    attemptsUsed: saved?.attemptsUsed ?? 0,
    submitted: saved?.submitted ?? false,
    completed: (saved?.completed ?? false) || lms.completed,
    success: bestSuccess(saved?.success ?? "unknown", lms.success),
    bestCorrect: saved?.bestCorrect ?? null,
    bestOutcomeCorrect: saved?.bestOutcomeCorrect ?? {},
    journal: [],
    answerTimes: {},
    lastActivityAt: at,
    finished: false,
  };
}

export function reduce(course: Course, state: TrackState, action: Action): TrackState {
  if (state.finished) return state;
  switch (action.type) {
    case "visit":
      return action.pageId === state.location ? state : { ...state, location: action.pageId, lastActivityAt: action.at };
    case "complete-section":
      return withCompletion(course, completeSection(course, state, action.outcomeId));
    case "answer":
      return answer(course, state, action.questionId, action.choiceIds, action.at);
    case "submit":
      return canSubmit(course, state) ? withCompletion(course, submit(course, state, action.at)) : state;
    case "retry":
      return state.submitted && attemptsRemain(course, state)
        ? { ...state, answers: {}, answerTimes: {}, submitted: false, lastActivityAt: action.at }
        : state;
    case "finish":
      return { ...state, finished: true };
  }
}

export function attemptsRemain(course: Course, state: TrackState): boolean {
  const limit = course.assessment.attempts;
  return course.questions.length > 0 && (limit === 0 || state.attemptsUsed < limit);
}

export function canSubmit(course: Course, state: TrackState): boolean {
  return !state.submitted && attemptsRemain(course, state);
}

function completeSection(course: Course, state: TrackState, outcomeId: string): TrackState {
  if (state.sectionsDone.includes(outcomeId) || !course.outcomes.some((o) => o.id === outcomeId)) return state;
  const done = new Set([...state.sectionsDone, outcomeId]);
  return { ...state, sectionsDone: course.outcomes.filter((o) => done.has(o.id)).map((o) => o.id) };
}

function answer(course: Course, state: TrackState, questionId: string, choiceIds: readonly string[], at: number): TrackState {
  const question = course.questions.find((q) => q.id === questionId);
  if (!question || state.submitted) return state;
  const picked = normaliseChoices(question, choiceIds);
  const record: AnswerRecord = { choiceIds: picked, correct: isCorrect(question, picked) };
  return {
    ...state,
    answers: { ...state.answers, [questionId]: record },
    answerTimes: { ...state.answerTimes, [questionId]: { at, latencyMs: Math.max(0, at - state.lastActivityAt) } },
    lastActivityAt: at,
  };
}

function submit(course: Course, state: TrackState, at: number): TrackState {
  const correct = countCorrect(course.questions, state.answers);
  const passed = passes(percent(correct, course.questions.length), course.assessment.passMark);
  // A failing submission never replaces the reported one once the learner has passed (Moodle would turn
  // a lower raw score back into "failed" through the mastery score).
  const replacesBest =
    (state.bestCorrect === null || correct > state.bestCorrect) && (state.success !== "passed" || passed);
  const bestOutcomeCorrect = { ...state.bestOutcomeCorrect };
  for (const [outcomeId, count] of Object.entries(correctByOutcome(course, state.answers))) {
    bestOutcomeCorrect[outcomeId] = Math.max(count, bestOutcomeCorrect[outcomeId] ?? 0);
  }
  const success: Success = course.assessment.passMark === null ? state.success : passed ? "passed" : "failed";
  return {
    ...state,
    attemptsUsed: state.attemptsUsed + 1,
    submitted: true,
    bestCorrect: replacesBest ? correct : state.bestCorrect,
    bestOutcomeCorrect,
    success: bestSuccess(state.success, success),
    journal: [...state.journal, ...journalEntries(course, state, at)],
    lastActivityAt: at,
  };
}

function journalEntries(course: Course, state: TrackState, at: number): InteractionRecord[] {
  return course.questions.flatMap((question) => {
    const answer = state.answers[question.id];
    if (!answer) return [];
    const refs = (ids: readonly string[]) =>
      question.choices.flatMap((choice, index) => (ids.includes(choice.id) ? [{ index, id: choice.id }] : []));
    const time = state.answerTimes[question.id];
    return [{
      id: question.id,
      type: question.type === "true-false" ? "true-false" : "choice",
      learner: refs(answer.choiceIds),
      correct: refs(question.choices.filter((choice) => choice.correct).map((choice) => choice.id)),
      result: answer.correct,
      latencyMs: time?.latencyMs ?? null,
      at: time?.at ?? at,
      objectiveId: question.outcomeId,
      description: question.prompt,
    }];
  });
}

/** Completion per the course's rule; once reached it stays (a retry does not undo it). */
function withCompletion(course: Course, state: TrackState): TrackState {
  if (state.completed) return state;
  const sections = state.sectionsDone.length === course.outcomes.length;
  const assessment = course.questions.length === 0 || state.attemptsUsed > 0;
  const rule = course.completion;
  const completed = rule === "sections" ? sections : rule === "assessment" ? assessment : sections && assessment;
  return completed ? { ...state, completed } : state;
}

const SUCCESS_RANK: Readonly<Record<Success, number>> = { unknown: 0, failed: 1, passed: 2 };

export function bestSuccess(a: Success, b: Success): Success {
  return SUCCESS_RANK[a] >= SUCCESS_RANK[b] ? a : b;
}
