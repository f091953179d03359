import type { Course } from "@coursepack/course-model";
import type { LmsRecord, ObjectiveRecord, Success } from "./lms-port.ts";
import type { TrackState } from "./state.ts";
import { attemptsRemain } from "./state.ts";
import type { SavedProgress } from "./suspend-data.ts";
import type { LmsKind, SaveState, TrackerSnapshot } from "./types.ts";
import { encodeProgress } from "./suspend-data.ts";
import { countCorrect, correctByOutcome, percent, questionsOf } from "./scoring.ts";

/** Values computed from the state: what the learner sees and what the LMS is told. */

/**
 * Current attempt, per outcome: known once the attempt is submitted, or (per-question feedback) once every
 * question of the outcome is answered, since the learner has already seen each answer checked.
 */
export function outcomeScores(course: Course, state: TrackState): Record<string, number | null> {
  const counts = correctByOutcome(course, state.answers);
  const scores: Record<string, number | null> = {};
  for (const outcome of course.outcomes) {
    const questions = questionsOf(course, outcome.id);
    const allAnswered = questions.every((question) => state.answers[question.id] !== undefined);
    const known = state.submitted || (course.assessment.feedback === "per-question" && allAnswered);
    scores[outcome.id] = questions.length > 0 && known ? percent(counts[outcome.id] ?? 0, questions.length) : null;
  }
  return scores;
}

/** The current attempt's overall score: percentage of all questions answered right, once submitted. */
export function currentScore(course: Course, state: TrackState): number | null {
  if (!state.submitted || course.questions.length === 0) return null;
  return percent(countCorrect(course.questions, state.answers), course.questions.length);
}

/** The reported (best) overall score. */
export function bestScore(course: Course, state: TrackState): number | null {
  return state.bestCorrect === null ? null : percent(state.bestCorrect, course.questions.length);
}

export function bestOutcomeScores(course: Course, state: TrackState): Record<string, number | null> {
  const scores: Record<string, number | null> = {};
  for (const outcome of course.outcomes) {
    const best = state.bestOutcomeCorrect[outcome.id];
    scores[outcome.id] = best === undefined ? null : percent(best, questionsOf(course, outcome.id).length);
  }
  return scores;
}

export function isAssessed(course: Course): boolean {
  return course.assessment.passMark !== null && course.questions.length > 0;
}

/** Nothing left to do: completed, and passed (or no pass mark, or no attempts left). Leave without suspend. */
export function isDone(course: Course, state: TrackState): boolean {
  if (!state.completed) return false;
  return !isAssessed(course) || state.success === "passed" || !attemptsRemain(course, state);
}

export function progressOf(state: TrackState): SavedProgress {
  const answers: Record<string, readonly string[]> = {};
  for (const [id, answer] of Object.entries(state.answers)) answers[id] = answer.choiceIds;
  return {
    sectionsDone: state.sectionsDone,
    answers,
    attemptsUsed: state.attemptsUsed,
    submitted: state.submitted,
    completed: state.completed,
    success: state.success,
    bestCorrect: state.bestCorrect,
    bestOutcomeCorrect: state.bestOutcomeCorrect,
  };
}

function objectives(course: Course, state: TrackState): ObjectiveRecord[] {
  const best = bestOutcomeScores(course, state);
  const passMark = course.assessment.passMark;
  return course.outcomes.map((outcome) => {
    const assessable = passMark !== null && questionsOf(course, outcome.id).length > 0;
    const score = best[outcome.id] ?? null;
    const success: Success = assessable && score !== null ? (score >= passMark ? "passed" : "failed") : "unknown";
    return {
      id: outcome.id,
      description: outcome.text,
      completion: state.sectionsDone.includes(outcome.id) ? "completed" : "not attempted",
      success,
      assessable,
      score,
    };
  });
}

/**
 * Everything the LMS should hold now. Scores appear only once a submission made them final; `sessionMs`
 * null leaves the session time out of this save.
 */
export function toRecord(course: Course, state: TrackState, sessionMs: number | null, revision = 0): LmsRecord {
  return {
    location: state.location,
    suspendData: encodeProgress(course, progressOf(state), revision),
    completion: state.completed ? "completed" : "incomplete",
    // Set explicitly every time (2004: Moodle never derives success_status itself).
    success: state.success,
    assessable: isAssessed(course),
    score: bestScore(course, state),
    objectives: objectives(course, state),
    interactions: state.journal,
    done: isDone(course, state),
    sessionMs,
  };
}

/** What the player sees. */
export function toSnapshot(
  course: Course,
  state: TrackState,
  session: { readonly lms: LmsKind; readonly learnerName: string; readonly resumed: boolean; readonly saveState: SaveState },
): TrackerSnapshot {
  const known = course.assessment.passMark !== null && state.success !== "unknown";
  return {
    ...session,
    location: state.location,
    sectionsDone: state.sectionsDone,
    answers: state.answers,
    attemptsUsed: state.attemptsUsed,
    canRetry: attemptsRemain(course, state) && state.success !== "passed",
    submitted: state.submitted,
    outcomeScores: outcomeScores(course, state),
    score: currentScore(course, state),
    bestScore: bestScore(course, state),
    bestOutcomeScores: bestOutcomeScores(course, state),
    completed: state.completed,
    passed: known ? state.success === "passed" : null,
    finished: state.finished,
  };
}
