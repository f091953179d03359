/**
 * The LMS's frame is closed at every step of a course in turn, each time relaunched with what the LMS had
 * stored: one chain of sessions through the whole course. After every close the LMS must hold the learner's
 * place and every answer checked so far, nothing it held before, and no verdict before the knowledge check
 * is final; every relaunch must bring the learner back to the same screen, the questions as they were left.
 */
import type { Course, ScormVersion } from "@coursepack/course-model";
import { describe, expect, test } from "vitest";
import type { Attempt } from "../harness/attempt.ts";
import { closeAndRecord, launch } from "../harness/attempt.ts";
import { expectResultsScreen, useBrowser } from "../harness/course-suite.ts";
import { expectedResult } from "../harness/expected.ts";
import { expectCleanSession } from "../harness/expect-report.ts";
import type { Plan, QuestionOnScreen } from "../harness/learner.ts";
import { ASSESSMENT_TITLE, assessmentOrder, RESULTS_TITLE } from "../harness/learner.ts";
import type { LoadedPackage } from "../harness/package.ts";
import type { Progress } from "../harness/progress.ts";
import { expectNothingLost, expectNoVerdictSent, expectNoVerdictYet, progressOf } from "../harness/progress.ts";
import type { CmiJson } from "../harness/session.ts";
import { answersGiven, continueSection, RESUME_NOTE, screenOf, sectionSizes, tickOnly } from "../harness/steps.ts";

const env = useBrowser();

/** Where the chain stands between two sessions: what the LMS stored and what the learner left on screen. */
interface Left {
  readonly stored: CmiJson | null;
  readonly progress: Progress;
  readonly screen: string;
  readonly questions: readonly QuestionOnScreen[];
  /** Questions answered (checked, or ticked with feedback at the end) so far. */
  readonly answered: number;
}

/** One step: what the learner does in a session before the frame closes; returns answers given. */
interface Step {
  readonly name: string;
  readonly act: (attempt: Attempt, plan: Plan) => Promise<number>;
}

const NOTHING_YET: Left = {
  stored: null,
  progress: { location: "", exit: "", answers: {}, sectionsDone: [], completion: "", success: "unknown", score: "", journal: [] },
  screen: "",
  questions: [],
  answered: 0,
};

describe("relationships (feedback per question): the frame closed after every step, relaunched each time", () => {
  // 1.2 passes (27 of 31 right) and is relaunched on the pass, closing after every section; 2004-4 fails
  // (20 of 31), closes after every fifth section and resumes at the results.
  const runs: readonly [ScormVersion, string, number, Plan][] = [
    ["1.2", "passing", 1, (_q, i) => i % 8 !== 3],
    ["2004-4", "failing", 5, (_q, i) => i % 3 !== 0],
  ];
  test.each(runs)("SCORM %s, %s: after Start, mid-question, after answering, after every %i section(s), on the results", async (version, _how, every, plan) => {
    const pkg = await env.pkg("relationships-with-service-users", null, version);
    const course = pkg.course;
    const first = assessmentOrder(course)[0]!;
    const sizes = sectionSizes(course);
    expect(sizes[0], "section 1 has two questions: one answered, one open").toBeGreaterThanOrEqual(2);
    const steps: Step[] = [
      { name: "after Start", act: async (a) => (await a.learner.start(), 0) },
      { name: "mid-question (ticked, not checked)", act: async (a) => (await tickOnly(await a.session.frame(), first, plan(first, course.questions.indexOf(first))), 0) },
      { name: "after answering a question", act: (a) => answer(a, plan, 1) },
      { name: "after section 1", act: (a) => answer(a, plan, sizes[0]! - 1) },
      ...sectionSteps(sizes, every).map(({ name, count }) => ({ name, act: (a: Attempt) => answer(a, plan, count) })),
      { name: "on the results", act: (a) => answer(a, plan, Infinity) },
    ];
    let left = NOTHING_YET;
    for (const step of steps) left = await session(pkg, plan, left, step);
    await afterTheResults(pkg, left, plan);
  });
});

/** Steps through sections 2 to the one before last, `every` sections at a time: the answers each takes. */
function sectionSteps(sizes: readonly number[], every: number): { name: string; count: number }[] {
  const steps: { name: string; count: number }[] = [];
  for (let start = 1; start < sizes.length - 1; start += every) {
    const end = Math.min(start + every, sizes.length - 1);
    steps.push({ name: `after section ${end}`, count: sizes.slice(start, end).reduce((a, b) => a + b, 0) });
  }
  return steps;
}

describe("key working (feedback at the end): fewer steps", () => {
  test("SCORM 1.2, 1 day: after Start, after a section, at the knowledge check with answers ticked, on the results", async () => {
    const pkg = await env.pkg("key-working", "1-day", "1.2");
    const plan: Plan = (_q, i) => i % 4 !== 1;
    const steps: Step[] = [
      { name: "after Start", act: async (a) => (await a.learner.start(), 0) },
      { name: "after section 1", act: async (a) => (await continueSection(await a.session.frame()), 0) },
      { name: "at the knowledge check, 4 answers ticked", act: (a) => answer(a, plan, 4) },
      { name: "on the results", act: (a) => answer(a, plan, Infinity) },
    ];
    let left = NOTHING_YET;
    for (const step of steps) left = await session(pkg, plan, left, step);
    await afterTheResults(pkg, left, plan);
  });
});

/** The learner goes on from where the chain stands for `count` more answers (Infinity: to the results). */
async function answer(attempt: Attempt, plan: Plan, count: number): Promise<number> {
  const taken = await attempt.learner.take(plan, Number.isFinite(count) ? { stopAfter: count } : {});
  return taken.answered;
}

/** One session of the chain: relaunch on what the LMS stored, check the return, take the step, close. */
async function session(pkg: LoadedPackage, plan: Plan, left: Left, step: Step): Promise<Left> {
  const attempt = await launch(env.browser(), env.server(), pkg, { stored: left.stored });
  const when = `${pkg.scorm} ${step.name}`;
  if (left.stored) await expectReturn(attempt, left, `${when} (return)`);
  const answered = left.answered + (await step.act(attempt, plan));
  const screen = await attempt.learner.screen();
  const questions = await attempt.learner.questionsOnScreen();
  const record = await closeAndRecord(attempt);
  expectCleanSession(record);
  const progress = progressOf(pkg.course, pkg.scorm, record.committed);
  expectNothingLost(left.progress, progress, when);
  expect(progress.answers, `${when}: every answer so far is in the LMS`).toEqual(answersGiven(pkg.course, plan, answered));
  expect(progress.location, `${when}: the place is in the LMS`).toBe(placeOf(pkg.course, screen));
  if (screen !== RESULTS_TITLE) {
    expectNoVerdictYet(progress, when);
    expectNoVerdictSent(record.calls, when);
    expect(progress.exit, `${when}: suspended`).toBe("suspend");
  }
  return { stored: record.committed, progress, screen, questions, answered };
}

/** Resume brings the learner back to the screen left, with the questions as they were (unchecked ticks aside). */
async function expectReturn(attempt: Attempt, left: Left, when: string): Promise<void> {
  const frame = await attempt.session.frame();
  expect(await attempt.learner.screen(), when).toBe(attempt.pkg.course.title);
  await expect.poll(() => frame.getByText(RESUME_NOTE).isVisible(), { message: `${when}: the welcome screen offers Resume` }).toBe(true);
  await attempt.learner.start();
  expect(await screenOf(frame), `${when}: back at the same place`).toBe(left.screen);
  const perQuestion = attempt.pkg.course.assessment.feedback === "per-question";
  // With feedback per question a tick is no answer until checked: the question is open again, as it should be.
  const expected = left.questions.map((q) => (perQuestion && !q.locked ? { ...q, picked: [] } : q));
  expect(await attempt.learner.questionsOnScreen(), `${when}: the questions as left`).toEqual(expected);
}

/**
 * The session after the results. A failed attempt with attempts left was suspended: Resume leads back to the
 * results, and nothing is lost. A passed one was not (exit normal): the next launch is a new session that
 * starts afresh by design (entry is not resume), but the verdict, the score and the journal stay.
 */
async function afterTheResults(pkg: LoadedPackage, left: Left, plan: Plan): Promise<void> {
  const expected = expectedResult(pkg.course, plan);
  const attempt = await launch(env.browser(), env.server(), pkg, { stored: left.stored });
  const frame = await attempt.session.frame();
  expect(await screenOf(frame)).toBe(pkg.course.title);
  expect(await frame.getByText(RESUME_NOTE).isVisible(), "Resume offered only on a failed attempt").toBe(!expected.passed);
  await attempt.learner.start();
  if (!expected.passed) await expectResultsScreen(attempt, expected);
  const record = await closeAndRecord(attempt);
  expectCleanSession(record);
  const progress = progressOf(pkg.course, pkg.scorm, record.committed);
  const when = `${pkg.scorm} after the results`;
  if (expected.passed) expectNothingLost({ ...left.progress, answers: {}, sectionsDone: [] }, progress, when);
  else expectNothingLost(left.progress, progress, when);
  expect(progress).toMatchObject({ completion: "completed", success: expected.passed ? "passed" : "failed", score: String(expected.score) });
}

/** The bookmark the LMS should hold for a screen: an outcome id, "assessment" or "results". */
function placeOf(course: Course, screen: string): string {
  if (screen === ASSESSMENT_TITLE) return "assessment";
  if (screen === RESULTS_TITLE) return "results";
  const outcome = course.outcomes.find((o) => o.text === screen);
  if (!outcome) throw new Error(`no place for the screen "${screen}"`);
  return outcome.id;
}
