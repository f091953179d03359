import { describe, expect, it, vi } from "vitest";
import type { Course } from "@coursepack/course-model";
import { createTracker, displayName } from "./index.ts";
import type { CourseFixtureOptions } from "./testing/index.ts";
import { makeCourse, playThrough, rightAnswer, wrongAnswer } from "./testing/index.ts";
import { silentLogger } from "./testing/launch.ts";

// The state machine through the public Tracker, with no LMS (standalone, in memory).
function start(options: CourseFixtureOptions = {}) {
  const course = makeCourse(options);
  const tracker = createTracker({ course, clock: () => 1_700_000_000_000, logger: silentLogger() });
  return { course, tracker };
}

function answerAll(tracker: ReturnType<typeof start>["tracker"], course: Course, right: (index: number) => boolean) {
  course.questions.forEach((q, i) => tracker.answer(q.id, right(i) ? rightAnswer(q) : wrongAnswer(q)));
}

describe("scores", () => {
  it("counts a question right only when exactly its correct choices are picked", () => {
    const { course, tracker } = start({ outcomes: 1, questionsPerOutcome: 3, type: "multiple" });
    const [q1, q2, q3] = course.questions;
    expect(tracker.answer(q1!.id, ["a", "c"]).correct).toBe(true);
    expect(tracker.answer(q2!.id, ["a"]).correct).toBe(false);
    expect(tracker.answer(q3!.id, ["a", "b", "c"]).correct).toBe(false);
    expect(tracker.answer(q3!.id, ["c", "a", "a", "zz"])).toEqual({ choiceIds: ["a", "c"], correct: true });
  });

  it("scores each outcome from its own questions and the course from all questions (2 decimals)", () => {
    const { course, tracker } = start({ outcomes: 2, questionsPerOutcome: 3 });
    answerAll(tracker, course, (i) => i !== 1); // outcome-1: 2 of 3 right; outcome-2: 3 of 3
    tracker.submitAssessment();
    const snapshot = tracker.snapshot();
    expect(snapshot.outcomeScores).toEqual({ "outcome-1": 66.67, "outcome-2": 100 });
    expect(snapshot.score).toBe(83.33);
  });

  it("counts an unanswered question as wrong", () => {
    const { course, tracker } = start({ outcomes: 2, questionsPerOutcome: 2 });
    tracker.answer(course.questions[0]!.id, rightAnswer(course.questions[0]!));
    tracker.submitAssessment();
    expect(tracker.snapshot().score).toBe(25);
    expect(tracker.snapshot().outcomeScores).toEqual({ "outcome-1": 50, "outcome-2": 0 });
  });

  it("shows an outcome's score once its questions are answered in per-question mode, only after submitting in end mode", () => {
    const perQuestion = start({ outcomes: 2, questionsPerOutcome: 1, feedback: "per-question" });
    perQuestion.tracker.answer("q-1-1", ["b"]);
    expect(perQuestion.tracker.snapshot().outcomeScores).toEqual({ "outcome-1": 100, "outcome-2": null });
    const end = start({ outcomes: 2, questionsPerOutcome: 1, feedback: "end" });
    end.tracker.answer("q-1-1", ["b"]);
    expect(end.tracker.snapshot().outcomeScores).toEqual({ "outcome-1": null, "outcome-2": null });
    expect(end.tracker.snapshot().score).toBeNull();
  });
});

describe("completion and pass mark", () => {
  it.each([
    ["sections", true, false, true],
    ["sections", false, true, false],
    ["assessment", false, true, true],
    ["assessment", true, false, false],
    ["sections-and-assessment", true, false, false],
    ["sections-and-assessment", false, true, false],
    ["sections-and-assessment", true, true, true],
  ] as const)("rule %s: sections %s, submitted %s -> completed %s", (completion, sections, submit, expected) => {
    const { course, tracker } = start({ outcomes: 2, completion });
    if (sections) course.outcomes.forEach((o) => tracker.completeSection(o.id));
    if (submit) tracker.submitAssessment();
    expect(tracker.snapshot().completed).toBe(expected);
  });

  it("passes at the pass mark and fails below it", () => {
    const pass = start({ outcomes: 5, passMark: 80 });
    answerAll(pass.tracker, pass.course, (i) => i !== 0);
    pass.tracker.submitAssessment();
    expect(pass.tracker.snapshot()).toMatchObject({ score: 80, passed: true, canRetry: false });
    const fail = start({ outcomes: 5, passMark: 80 });
    answerAll(fail.tracker, fail.course, (i) => i > 1);
    fail.tracker.submitAssessment();
    expect(fail.tracker.snapshot()).toMatchObject({ score: 60, passed: false, canRetry: true });
  });

  it("has no pass/fail without a pass mark", () => {
    const { course, tracker } = start({ outcomes: 2, passMark: null });
    playThrough(tracker, course, () => false);
    tracker.submitAssessment();
    expect(tracker.snapshot()).toMatchObject({ completed: true, passed: null, score: 0 });
  });

  it("completes a course without questions once every section is done", () => {
    const { course, tracker } = start({ outcomes: 3, questionsPerOutcome: 0 });
    course.outcomes.forEach((o) => tracker.completeSection(o.id));
    expect(tracker.snapshot()).toMatchObject({ completed: true, passed: null, score: null, canRetry: false });
  });
});

describe("attempts and retries", () => {
  it("stops at the attempts limit", () => {
    const { course, tracker } = start({ outcomes: 2, attempts: 2 });
    for (let i = 0; i < 3; i++) {
      answerAll(tracker, course, () => false);
      tracker.submitAssessment();
      tracker.retry();
    }
    expect(tracker.snapshot()).toMatchObject({ attemptsUsed: 2, submitted: true, canRetry: false, passed: false });
  });

  it("clears the answers of the current attempt on retry and keeps sections", () => {
    const { course, tracker } = start({ outcomes: 2 });
    playThrough(tracker, course, () => false);
    tracker.submitAssessment();
    tracker.retry();
    expect(tracker.snapshot()).toMatchObject({ answers: {}, submitted: false, score: null, attemptsUsed: 1 });
    expect(tracker.snapshot().sectionsDone).toEqual(["outcome-1", "outcome-2"]);
  });

  it("never turns a pass into a fail: a worse retry keeps passed and the best score", () => {
    const { course, tracker } = start({ outcomes: 4, passMark: 75 });
    answerAll(tracker, course, () => true);
    tracker.submitAssessment();
    tracker.retry(); // the player may offer practice after a pass
    answerAll(tracker, course, () => false);
    tracker.submitAssessment();
    expect(tracker.snapshot()).toMatchObject({ score: 0, bestScore: 100, passed: true, completed: false });
  });

  it("moves from failed to passed, and reports the best score and best per-outcome scores", () => {
    const { course, tracker } = start({ outcomes: 2, questionsPerOutcome: 2, passMark: 75 });
    answerAll(tracker, course, (i) => i < 2); // outcome-1 100, outcome-2 0
    tracker.submitAssessment();
    expect(tracker.snapshot()).toMatchObject({ passed: false, bestScore: 50 });
    tracker.retry();
    answerAll(tracker, course, (i) => i > 0); // outcome-1 50, outcome-2 100
    tracker.submitAssessment();
    expect(tracker.snapshot()).toMatchObject({ passed: true, score: 75, bestScore: 75 });
    expect(tracker.snapshot().bestOutcomeScores).toEqual({ "outcome-1": 100, "outcome-2": 100 });
  });

  it("lets answers change until submission, then ignores changes", () => {
    const { tracker } = start({ outcomes: 1 });
    tracker.answer("q-1-1", ["a"]);
    tracker.answer("q-1-1", ["b"]);
    tracker.submitAssessment();
    tracker.answer("q-1-1", ["c"]);
    expect(tracker.snapshot().answers).toEqual({ "q-1-1": { choiceIds: ["b"], correct: true } });
    expect(() => tracker.answer("no-such-question", ["a"])).toThrow(/no question/);
  });
});

describe("snapshot and listeners", () => {
  it("notifies listeners of changes only, until they unsubscribe", () => {
    const { tracker } = start({ outcomes: 2 });
    const listener = vi.fn();
    const unsubscribe = tracker.subscribe(listener);
    tracker.visit("welcome");
    tracker.visit("welcome");
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[0]).toMatchObject({ location: "welcome", lms: "standalone" });
    unsubscribe();
    tracker.visit("outcome-1");
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("keeps working when a listener throws", () => {
    const { tracker } = start();
    tracker.subscribe(() => {
      throw new Error("broken view");
    });
    tracker.visit("outcome-1");
    expect(tracker.snapshot().location).toBe("outcome-1");
  });

  it("ignores everything after exit", () => {
    const { tracker } = start();
    tracker.exit();
    tracker.visit("outcome-1");
    tracker.completeSection("outcome-1");
    expect(tracker.snapshot()).toMatchObject({ finished: true, location: null, sectionsDone: [] });
  });

  it.each([
    ["Smith, Jo", "Jo Smith"],
    ["Jo Smith", "Jo Smith"],
    ["", ""],
    [" Smith ,  Jo Ann ", "Jo Ann Smith"],
  ])("shows the LMS name %j as %j", (raw, shown) => {
    expect(displayName(raw)).toBe(shown);
  });
});
