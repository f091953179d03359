import { afterEach, describe, expect, it } from "vitest";
import type { Launch } from "./testing/launch.ts";
import { launch, silentLogger } from "./testing/launch.ts";
import { makeCourse, playThrough, rightAnswer, wrongAnswer } from "./testing/index.ts";

// The SCORM 1.2 adapter against scorm-again's Scorm12API, every call checked by the strict Moodle layer.
let current: Launch | null = null;
function start12(...args: Parameters<typeof makeCourse>) {
  const course = makeCourse(...args);
  current = launch("1.2", course);
  return { course, ...current, sent: current.strict.values };
}
afterEach(() => {
  current?.strict.assertClean();
  current?.tracker.dispose();
  current = null;
});

describe("SCORM 1.2 adapter under scorm-again", () => {
  it("commits nothing at launch; the first save sets incomplete, suspend, one objective per outcome, no score", () => {
    const { sent, strict, lmsValue, tracker, timer } = start12({ outcomes: 3 });
    expect(strict.count("LMSInitialize")).toBe(1);
    expect(strict.count("LMSSetValue") + strict.count("LMSCommit")).toBe(0);
    tracker.visit("welcome");
    timer.endTask();
    expect(strict.count("LMSCommit")).toBe(1);
    expect(sent.get("cmi.core.lesson_status")).toBe("incomplete");
    expect(sent.get("cmi.core.exit")).toBe("suspend");
    expect([0, 1, 2].map((i) => sent.get(`cmi.objectives.${i}.id`))).toEqual(["outcome-1", "outcome-2", "outcome-3"]);
    expect(sent.get("cmi.objectives.0.status")).toBe("not attempted");
    expect([...sent.keys()].filter((key) => key.includes("score"))).toEqual([]);
    expect(lmsValue("cmi.core.lesson_status")).toBe("incomplete");
  });

  it("commits after each learner action, and bookmarks the page", () => {
    const { course, tracker, strict, sent, timer } = start12({ outcomes: 2 });
    tracker.visit("outcome-1");
    timer.endTask();
    tracker.answer("q-1-1", ["b"]);
    timer.endTask();
    tracker.completeSection("outcome-1");
    timer.endTask();
    expect(strict.count("LMSCommit")).toBe(3);
    expect(sent.get("cmi.core.lesson_location")).toBe("outcome-1");
    expect(sent.get("cmi.suspend_data")).toMatch(/^v1\|/);
    playThrough(tracker, course);
    tracker.submitAssessment();
    timer.endTask();
    expect(strict.count("LMSCommit")).toBe(4);
    expect(strict.calls.at(-2)?.method).toBe("LMSCommit");
  });

  it("sends no score and no terminal status before the assessment is final", () => {
    const { course, tracker, sent, timer } = start12({ outcomes: 3, completion: "sections" });
    playThrough(tracker, course);
    timer.endTask();
    expect(tracker.snapshot().completed).toBe(true);
    expect(sent.get("cmi.core.score.raw")).toBeUndefined();
    // Assessed course: completed sections alone are not "completed" in 1.2 (incomplete -> passed/failed).
    expect(sent.get("cmi.core.lesson_status")).toBe("incomplete");
  });

  it("holds passed/failed and the raw score until the course is completed (mastery override)", () => {
    const { course, tracker, sent, timer } = start12({ outcomes: 2 });
    course.questions.forEach((q) => tracker.answer(q.id, rightAnswer(q)));
    tracker.submitAssessment();
    timer.endTask();
    expect(tracker.snapshot().passed).toBe(true);
    expect(sent.get("cmi.core.lesson_status")).toBe("incomplete");
    expect(sent.get("cmi.core.score.raw")).toBeUndefined();
    expect(sent.get("cmi.objectives.0.status")).toBe("passed");
    course.outcomes.forEach((o) => tracker.completeSection(o.id));
    timer.endTask();
    expect(sent.get("cmi.core.lesson_status")).toBe("passed");
    expect(sent.get("cmi.core.score.raw")).toBe("100");
  });

  it("reports passed with the score, objectives and one interaction per answer", () => {
    const { course, tracker, sent, clock, timer } = start12({ outcomes: 3, questionsPerOutcome: 2, choices: 4 });
    course.outcomes.forEach((outcome) => {
      tracker.visit(outcome.id);
      for (const question of course.questions.filter((q) => q.outcomeId === outcome.id)) {
        clock.advance(12_340);
        tracker.answer(question.id, question.id === "q-3-2" ? wrongAnswer(question) : rightAnswer(question));
      }
      tracker.completeSection(outcome.id);
    });
    tracker.submitAssessment();
    timer.endTask();
    expect(sent.get("cmi.core.lesson_status")).toBe("passed");
    expect(["raw", "min", "max"].map((f) => sent.get(`cmi.core.score.${f}`))).toEqual(["83.33", "0", "100"]);
    expect(sent.get("cmi.objectives.2.score.raw")).toBe("50");
    expect(sent.get("cmi.objectives.2.status")).toBe("failed");
    expect(sent.get("cmi.objectives.0.status")).toBe("passed");
    const interaction = (i: number, field: string) => sent.get(`cmi.interactions.${i}.${field}`);
    expect([0, 1, 2].map((i) => interaction(i, "type"))).toEqual(["choice", "choice", "true-false"]);
    expect([0, 1, 2].map((i) => interaction(i, "student_response"))).toEqual(["b", "a,c", "t"]);
    expect(interaction(1, "correct_responses.0.pattern")).toBe("a,c");
    expect(interaction(5, "result")).toBe("wrong");
    expect(interaction(5, "student_response")).toBe("f");
    expect(interaction(0, "objectives.0.id")).toBe("outcome-1");
    expect(interaction(0, "latency")).toBe("0000:00:12.34");
    expect(interaction(0, "time")).toMatch(/^\d\d:\d\d:\d\d$/);
    expect(sent.get("cmi.interactions.6.id")).toBeUndefined();
  });

  it("reports failed, then passed after a retry, and never failed after a pass", () => {
    const { course, tracker, sent, timer } = start12({ outcomes: 4, passMark: 75 });
    playThrough(tracker, course, () => false);
    tracker.submitAssessment();
    timer.endTask();
    expect(sent.get("cmi.core.lesson_status")).toBe("failed");
    expect(sent.get("cmi.core.exit")).toBe("suspend");
    tracker.retry();
    course.questions.forEach((q) => tracker.answer(q.id, rightAnswer(q)));
    tracker.submitAssessment();
    timer.endTask();
    expect(sent.get("cmi.core.lesson_status")).toBe("passed");
    expect(sent.get("cmi.core.score.raw")).toBe("100");
    tracker.retry();
    course.questions.forEach((q) => tracker.answer(q.id, wrongAnswer(q)));
    tracker.submitAssessment();
    timer.endTask();
    expect(sent.get("cmi.core.lesson_status")).toBe("passed");
    expect(sent.get("cmi.core.score.raw")).toBe("100");
    // The journal keeps every attempt: 3 submissions x 4 answers.
    expect(sent.get("cmi.interactions.11.id")).toBe("q-4-1");
  });

  it("reports completed for a course without a pass mark", () => {
    const { course, tracker, sent, timer } = start12({ outcomes: 2, questionsPerOutcome: 0 });
    course.outcomes.forEach((o) => tracker.completeSection(o.id));
    timer.endTask();
    expect(sent.get("cmi.core.lesson_status")).toBe("completed");
    expect(sent.get("cmi.objectives.1.status")).toBe("completed");
  });

  it("finishes once with session time, and leaves without suspend when done", () => {
    const { course, tracker, strict, sent, clock } = start12({ outcomes: 2 });
    playThrough(tracker, course);
    tracker.submitAssessment();
    clock.advance(3_723_450);
    tracker.exit();
    tracker.exit();
    expect(strict.count("LMSFinish")).toBe(1);
    expect(sent.get("cmi.core.exit")).toBe("");
    expect(sent.get("cmi.core.session_time")).toBe("0001:02:03.45");
    expect(tracker.snapshot()).toMatchObject({ finished: true, saveState: "saved" });
  });

  it("keeps the largest course twice over within Moodle's limits", () => {
    const { course, tracker, sent, timer } = start12({ outcomes: 60, questionsPerOutcome: 3, choices: 10, type: "multiple" });
    course.outcomes.forEach((o) => tracker.visit(o.id));
    course.questions.forEach((q) => tracker.answer(q.id, q.choices.map((c) => c.id)));
    course.outcomes.forEach((o) => tracker.completeSection(o.id));
    tracker.submitAssessment();
    timer.endTask();
    expect(sent.get("cmi.suspend_data")!.length).toBeLessThanOrEqual(4096);
    expect(sent.get("cmi.interactions.179.student_response")).toBe("a,b,c,d,e,f,g,h,i,j");
  });
});

describe("a value that breaks the version's rules (a bug)", () => {
  const longPage = `page-${"x".repeat(300)}`; // lesson_location holds 255 characters

  it("throws in tests", () => {
    current = launch("1.2", makeCourse());
    current.tracker.visit(longPage);
    expect(() => current?.timer.endTask()).toThrow(/cmi.core.lesson_location .* the limit is 255/);
  });

  it("is logged once and skipped in production; everything else is still saved", () => {
    const logger = silentLogger();
    current = launch("1.2", makeCourse(), { strictValues: false, logger });
    current.tracker.visit(longPage);
    current.timer.endTask();
    current.tracker.completeSection("outcome-1");
    current.timer.endTask();
    expect(logger.lines.filter((line) => line.includes("tracking bug"))).toHaveLength(1);
    expect(current.strict.values.has("cmi.core.lesson_location")).toBe(false);
    expect(current.tracker.snapshot().saveState).toBe("saved");
  });
});
