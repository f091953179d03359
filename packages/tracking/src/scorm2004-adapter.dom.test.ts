import { afterEach, describe, expect, it } from "vitest";
import type { Launch } from "./testing/launch.ts";
import { launch } from "./testing/launch.ts";
import { makeCourse, playThrough, rightAnswer, wrongAnswer } from "./testing/index.ts";

// The SCORM 2004 adapter (3rd and 4th edition) against scorm-again's Scorm2004API, under the strict layer.
let current: Launch | null = null;
afterEach(() => {
  current?.strict.assertClean();
  current?.tracker.dispose();
  current = null;
});

describe.each(["2004-3", "2004-4"] as const)("SCORM %s adapter under scorm-again", (version) => {
  function start(...args: Parameters<typeof makeCourse>) {
    const course = makeCourse(...args);
    current = launch(version, course);
    return { course, ...current, sent: current.strict.values };
  }

  it("sets both statuses explicitly and nothing terminal in the first save", () => {
    const { sent, strict, tracker } = start({ outcomes: 2 });
    expect(strict.count("Initialize")).toBe(1);
    tracker.commit(); // the page is hidden before the learner has done anything
    expect(sent.get("cmi.completion_status")).toBe("incomplete");
    expect(sent.get("cmi.success_status")).toBe("unknown");
    expect(sent.get("cmi.exit")).toBe("suspend");
    expect(sent.get("cmi.objectives.1.id")).toBe("outcome-2");
    expect(sent.get("cmi.objectives.1.completion_status")).toBe("not attempted");
    expect(sent.get("cmi.objectives.1.success_status")).toBe("unknown");
    expect(sent.get("cmi.objectives.1.description")).toBe("Outcome 2: what the learner should understand");
    expect([...sent.keys()].filter((key) => key.includes("score"))).toEqual([]);
  });

  it("reports completion, success, scaled score, objectives and interactions once submitted", () => {
    const { course, tracker, sent, clock, lmsValue, timer } = start({ outcomes: 3, questionsPerOutcome: 2 });
    course.outcomes.forEach((outcome) => {
      tracker.visit(outcome.id);
      for (const question of course.questions.filter((q) => q.outcomeId === outcome.id)) {
        clock.advance(1_500);
        tracker.answer(question.id, question.id === "q-2-1" ? wrongAnswer(question) : rightAnswer(question));
      }
      tracker.completeSection(outcome.id);
    });
    timer.endTask();
    expect(sent.get("cmi.completion_status")).toBe("incomplete");
    expect(sent.get("cmi.score.raw")).toBeUndefined();
    tracker.submitAssessment();
    timer.endTask();
    expect(sent.get("cmi.completion_status")).toBe("completed");
    expect(sent.get("cmi.success_status")).toBe("passed");
    expect(["raw", "min", "max", "scaled"].map((f) => sent.get(`cmi.score.${f}`))).toEqual(["83.33", "0", "100", "0.8333"]);
    expect(sent.get("cmi.objectives.1.score.scaled")).toBe("0.5");
    expect(sent.get("cmi.objectives.1.success_status")).toBe("failed");
    expect(sent.get("cmi.objectives.1.completion_status")).toBe("completed");
    const interaction = (i: number, field: string) => sent.get(`cmi.interactions.${i}.${field}`);
    expect([0, 1, 2].map((i) => interaction(i, "learner_response"))).toEqual(["b", "a[,]c", "false"]);
    expect(interaction(1, "correct_responses.0.pattern")).toBe("a[,]c");
    expect(interaction(2, "correct_responses.0.pattern")).toBe("true");
    expect(interaction(2, "result")).toBe("incorrect");
    expect(interaction(0, "latency")).toBe("PT0H0M1.5S");
    expect(interaction(0, "timestamp")).toBe("2025-03-01T09:30:01.50Z");
    expect(interaction(0, "description")).toMatch(/^Question 1 about Outcome 1/);
    expect(lmsValue("cmi.success_status")).toBe("passed");
  });

  it("sets failed explicitly, then never goes back from passed", () => {
    const { course, tracker, sent, timer } = start({ outcomes: 2, passMark: 100 });
    playThrough(tracker, course, () => false);
    tracker.submitAssessment();
    timer.endTask();
    expect([sent.get("cmi.completion_status"), sent.get("cmi.success_status")]).toEqual(["completed", "failed"]);
    tracker.retry();
    course.questions.forEach((q) => tracker.answer(q.id, rightAnswer(q)));
    tracker.submitAssessment();
    timer.endTask();
    expect(sent.get("cmi.success_status")).toBe("passed");
    tracker.retry();
    tracker.submitAssessment();
    timer.endTask();
    expect([sent.get("cmi.success_status"), sent.get("cmi.score.raw")]).toEqual(["passed", "100"]);
  });

  it("keeps success unknown (explicitly) for a course without a pass mark", () => {
    const { course, tracker, sent, timer } = start({ outcomes: 2, passMark: null });
    playThrough(tracker, course);
    tracker.submitAssessment();
    timer.endTask();
    expect([sent.get("cmi.completion_status"), sent.get("cmi.success_status")]).toEqual(["completed", "unknown"]);
    expect(sent.get("cmi.score.raw")).toBe("100");
    expect(sent.get("cmi.exit")).toBe("normal");
  });

  it("terminates once, with the session time as an ISO 8601 duration", () => {
    const { tracker, strict, sent, clock } = start({ outcomes: 2 });
    clock.advance(61_230);
    tracker.exit();
    tracker.exit();
    expect(strict.count("Terminate")).toBe(1);
    expect(sent.get("cmi.session_time")).toBe("PT0H1M1.23S");
    expect(sent.get("cmi.exit")).toBe("suspend");
  });
});
