import type { Course, Question } from "@coursepack/course-model";
import type { Tracker } from "../types.ts";
import { rightAnswer } from "./course-fixture.ts";

/**
 * A whole learner session as the player drives the tracker (packages/player: course.ts and flow.ts), one
 * browser task at a time: each task is what one click's event handlers call on the tracker. Between tasks
 * the browser runs what was left for the end of the task (a test calls its timer's `endTask()`), so a test
 * can count what the LMS receives per press, as `npm run bench` does in Chromium.
 *
 * Presses: Start, Check (per-question feedback, one per question), Continue (one per section), Submit (the
 * end-of-course knowledge check), Exit. In the end-of-course check every tick is an answer ("choose" mode):
 * a learner ticks in tasks of their own, while the bench's bot ticks and presses Submit in one task
 * (`ticksWithSubmit`).
 */

export interface LearnerTask {
  /** The button pressed, or "tick" for a choice ticked in the end-of-course knowledge check. */
  readonly press: string;
  run(tracker: Tracker): void;
}

export interface LearnerSessionOptions {
  /** Tick and press Submit in one task, as the bench's bot does (default: one task per tick). */
  readonly ticksWithSubmit?: boolean;
}

const ASSESSMENT = "assessment";
const RESULTS = "results";

function questionsOf(course: Course, outcomeId: string): Question[] {
  return course.questions.filter((question) => question.outcomeId === outcomeId);
}

/** Ticks the right choices of every question one by one: each change is an answer, as cp-question sends it. */
function ticks(course: Course): LearnerTask[] {
  return course.questions.flatMap((question) => {
    const right = rightAnswer(question);
    return right.map((_, index) => ({ press: "tick", run: (tracker: Tracker) => void tracker.answer(question.id, right.slice(0, index + 1)) }));
  });
}

/** Continue at the end of a section: complete it, submit after the last one (per-question), go on. */
function continueTask(course: Course, index: number, endAssessment: boolean): LearnerTask {
  const outcome = course.outcomes[index];
  const next = course.outcomes[index + 1];
  return {
    press: "Continue",
    run(tracker) {
      if (outcome) tracker.completeSection(outcome.id);
      if (next) return tracker.visit(next.id);
      if (endAssessment) return tracker.visit(ASSESSMENT);
      if (course.questions.length > 0) tracker.submitAssessment();
      tracker.visit(RESULTS);
    },
  };
}

export function learnerTasks(course: Course, options: LearnerSessionOptions = {}): LearnerTask[] {
  const endAssessment = course.assessment.feedback === "end" && course.questions.length > 0;
  const tasks: LearnerTask[] = [{ press: "Start", run: (tracker) => tracker.visit(course.outcomes[0]?.id ?? RESULTS) }];
  course.outcomes.forEach((outcome, index) => {
    if (!endAssessment) {
      for (const question of questionsOf(course, outcome.id)) {
        tasks.push({ press: "Check", run: (tracker) => void tracker.answer(question.id, rightAnswer(question)) });
      }
    }
    tasks.push(continueTask(course, index, endAssessment));
  });
  if (endAssessment) {
    const submit: LearnerTask = {
      press: "Submit",
      run(tracker) {
        tracker.submitAssessment();
        tracker.visit(RESULTS);
      },
    };
    const ticked = ticks(course);
    if (options.ticksWithSubmit) tasks.push({ press: "Submit", run: (tracker) => [...ticked, submit].forEach((task) => task.run(tracker)) });
    else tasks.push(...ticked, submit);
  }
  tasks.push({ press: "Exit", run: (tracker) => tracker.exit() });
  return tasks;
}

/** Plays every task, ending the browser task after each; returns the number of button presses (ticks apart). */
export function playSession(tracker: Tracker, tasks: readonly LearnerTask[], endTask: () => void): number {
  for (const task of tasks) {
    task.run(tracker);
    endTask();
  }
  return tasks.filter((task) => task.press !== "tick").length;
}
