import { afterEach, describe, expect, it } from "vitest";
import type { Launch, Version } from "./testing/launch.ts";
import { launch, relaunchSeed, silentLogger } from "./testing/launch.ts";
import { makeCourse, rightAnswer, wrongAnswer } from "./testing/index.ts";

// Leave, come back: place, answers, attempts and scores survive, for both SCORM versions.
const course = makeCourse({ outcomes: 4, questionsPerOutcome: 2, passMark: 80, attempts: 3 });
const launches: Launch[] = [];
afterEach(() => {
  for (const launched of launches.splice(0)) {
    launched.strict.assertClean();
    launched.tracker.dispose();
  }
});

function open(version: Version, seed?: Record<string, unknown>, logger = silentLogger()) {
  const launched = launch(version, course, { seed, logger });
  launches.push(launched);
  return launched;
}

function status(version: Version, launched: Launch) {
  return version === "1.2"
    ? launched.lmsValue("cmi.core.lesson_status")
    : [launched.lmsValue("cmi.completion_status"), launched.lmsValue("cmi.success_status")];
}

describe.each(["1.2", "2004-3", "2004-4"] as const)("resume under SCORM %s", (version) => {
  it("restores place, sections and answers after a suspended session", () => {
    const first = open(version);
    first.tracker.visit("outcome-1");
    first.tracker.answer("q-1-1", ["b"]);
    first.tracker.answer("q-1-2", ["a"]);
    first.tracker.completeSection("outcome-1");
    first.tracker.visit("outcome-2");
    first.tracker.exit();
    const second = open(version, relaunchSeed(version, first.cmi()));
    expect(second.tracker.snapshot()).toMatchObject({
      resumed: true,
      learnerName: "Jo Smith",
      location: "outcome-2",
      sectionsDone: ["outcome-1"],
      answers: { "q-1-1": { choiceIds: ["b"], correct: true }, "q-1-2": { choiceIds: ["a"], correct: false } },
      attemptsUsed: 0,
      submitted: false,
    });
    second.tracker.answer("q-2-1", ["true"]);
    expect(second.tracker.snapshot().saveState).toBe("saved");
  });

  it("restores attempts, the failed result and the best score, and appends to the interactions", () => {
    const first = open(version);
    course.questions.forEach((q, i) => first.tracker.answer(q.id, i < 4 ? rightAnswer(q) : wrongAnswer(q)));
    course.outcomes.forEach((o) => first.tracker.completeSection(o.id));
    first.tracker.submitAssessment();
    first.tracker.exit();
    const second = open(version, relaunchSeed(version, first.cmi()));
    expect(second.tracker.snapshot()).toMatchObject({
      resumed: true, attemptsUsed: 1, submitted: true, score: 50, bestScore: 50, passed: false, canRetry: true, completed: true,
    });
    expect(second.tracker.snapshot().bestOutcomeScores).toEqual({ "outcome-1": 100, "outcome-2": 100, "outcome-3": 0, "outcome-4": 0 });
    second.tracker.retry();
    course.questions.forEach((q) => second.tracker.answer(q.id, rightAnswer(q)));
    second.tracker.submitAssessment();
    second.timer.endTask();
    expect(second.strict.values.get("cmi.interactions.8.id")).toBe("q-1-1");
    // Each outcome keeps its objective index; none is added twice.
    expect(second.strict.values.get("cmi.objectives.3.id")).toBe("outcome-4");
    expect(second.strict.values.has("cmi.objectives.4.id")).toBe(false);
    expect(status(version, second)).toEqual(version === "1.2" ? "passed" : ["completed", "passed"]);
  });

  it("starts afresh after a finished attempt but never takes back the pass", () => {
    const first = open(version);
    course.questions.forEach((q) => first.tracker.answer(q.id, rightAnswer(q)));
    course.outcomes.forEach((o) => first.tracker.completeSection(o.id));
    first.tracker.submitAssessment();
    first.tracker.exit();
    const second = open(version, relaunchSeed(version, first.cmi()));
    expect(second.tracker.snapshot()).toMatchObject({ resumed: false, completed: true, passed: true, sectionsDone: [] });
    second.tracker.submitAssessment(); // nothing answered: would be 0%
    second.timer.endTask();
    expect(second.tracker.snapshot()).toMatchObject({ passed: true });
    expect(status(version, second)).toEqual(version === "1.2" ? "passed" : ["completed", "passed"]);
    expect(second.lmsValue(version === "1.2" ? "cmi.core.score.raw" : "cmi.score.raw")).toBe("100");
  });

  it.each([
    ["unreadable", "%%% not ours %%%", /not v1 coursepack data/],
    ["another course's", "v1|zzzz|0|0|0||0||0", /different version of this course/],
  ])("warns about %s suspend data and starts afresh", (_name, data, message) => {
    const first = open(version);
    first.tracker.exit();
    const seed = { ...relaunchSeed(version, first.cmi()), suspend_data: data };
    const logger = silentLogger();
    const second = open(version, seed, logger);
    expect(logger.lines.join("\n")).toMatch(message);
    expect(second.tracker.snapshot()).toMatchObject({ resumed: false, location: null, sectionsDone: [] });
    second.tracker.completeSection("outcome-1");
    expect(second.tracker.snapshot().saveState).toBe("saved");
  });

  it("does not set a terminal status before the learner acts, even when the saved progress says passed", () => {
    const first = open(version);
    course.questions.forEach((q) => first.tracker.answer(q.id, rightAnswer(q)));
    course.outcomes.slice(1).forEach((o) => first.tracker.completeSection(o.id));
    first.tracker.submitAssessment();
    first.tracker.exit();
    const seed = relaunchSeed(version, first.cmi());
    // The LMS kept the suspend data but lost the status (and score): launching must not write them...
    const lost = version === "1.2"
      ? { ...seed, core: { ...(seed.core as object), lesson_status: "incomplete", score: {}, entry: "resume" } }
      : { ...seed, completion_status: "incomplete", success_status: "unknown", score: {}, entry: "resume" };
    const second = open(version, lost);
    second.tracker.commit(); // the page is hidden before the learner has done anything
    expect(second.strict.values.has("cmi.suspend_data")).toBe(true);
    const terminal = [...second.strict.values.entries()].filter(([k, v]) => /status$/.test(k) && ["passed", "completed"].includes(v) && !k.includes("objectives"));
    expect(terminal).toEqual([]);
    // ...the learner's next action does: the result was earned.
    second.tracker.completeSection("outcome-1");
    second.timer.endTask();
    expect(status(version, second)).toEqual(version === "1.2" ? "passed" : ["completed", "passed"]);
  });
});

describe("objectives already in the LMS", () => {
  it("keeps each outcome at the index the LMS has for it and appends new ones", () => {
    const seed = { entry: "", objectives: { 0: { id: "legacy-objective" }, 1: { id: "outcome-2" } } };
    const launched = open("2004-4", seed);
    launched.tracker.commit();
    const ids = [0, 1, 2, 3, 4].map((i) => launched.strict.values.get(`cmi.objectives.${i}.id`));
    expect(ids).toEqual([undefined, "outcome-2", "outcome-1", "outcome-3", "outcome-4"]);
  });
});
