/**
 * suspend_data at its worst, through the real codec: every section done, every choice of every question
 * ticked (the widest bitmask), the most attempts, the longest retry revision. For each real course (all of
 * its outcomes: its largest variant) and for the worst case of packages/tracking's budget test.
 */
import type { Course } from "@coursepack/course-model";
import { loadCourse } from "@coursepack/builder";
import { encodeProgress } from "@coursepack/tracking";
import type { SavedProgress } from "@coursepack/tracking";
import { makeCourse } from "@coursepack/tracking/testing";

export interface SuspendCase {
  readonly name: string;
  readonly outcomes: number;
  readonly questions: number;
  readonly attempts: number;
  readonly chars: number;
}

/** The codec keeps the retry revision modulo 1296, so its longest form is two base-36 digits. */
const LONGEST_REVISION = 1295;
/** What tracking's budget test uses for "no limit". */
const UNLIMITED_ATTEMPTS = 999_999;

export function worstProgress(course: Course): SavedProgress {
  const answers = Object.fromEntries(course.questions.map((q) => [q.id, q.choices.map((c) => c.id)]));
  const bestOutcomeCorrect = Object.fromEntries(course.outcomes.map((o) => [o.id, course.questions.filter((q) => q.outcomeId === o.id).length]));
  return {
    sectionsDone: course.outcomes.map((o) => o.id),
    answers,
    attemptsUsed: course.assessment.attempts || UNLIMITED_ATTEMPTS,
    submitted: true,
    completed: true,
    success: "passed",
    bestCorrect: course.questions.length,
    bestOutcomeCorrect,
  };
}

function measure(name: string, course: Course): SuspendCase {
  const progress = worstProgress(course);
  const chars = encodeProgress(course, progress, LONGEST_REVISION).length;
  return { name, outcomes: course.outcomes.length, questions: course.questions.length, attempts: progress.attemptsUsed, chars };
}

export async function benchSuspend(courseDirs: readonly string[]): Promise<SuspendCase[]> {
  const cases: SuspendCase[] = [];
  for (const dir of courseDirs) {
    const loaded = await loadCourse(dir);
    if (!loaded.ok) throw new Error(`${dir}: ${loaded.diagnostics.map((d) => d.message).join("; ")}`);
    cases.push(measure(loaded.value.id, loaded.value));
  }
  const testWorst = makeCourse({ outcomes: 60, questionsPerOutcome: 3, choices: 10, type: "multiple", attempts: 0 });
  cases.push(measure("tracking budget test: 60 outcomes x 3 questions x 10 choices", testWorst));
  return cases;
}
