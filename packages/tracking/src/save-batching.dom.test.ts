import { afterEach, describe, expect, it } from "vitest";
import type { Course } from "@coursepack/course-model";
import { decodeProgress } from "./index.ts";
import type { Call } from "./testing/index.ts";
import { learnerTasks, makeCourse, playSession, rightAnswer } from "./testing/index.ts";
import type { Launch, Version } from "./testing/launch.ts";
import { launch } from "./testing/launch.ts";

// One learner action, one Commit: the changes a press makes reach the LMS as one batch at the end of its
// task, only values that changed are set, and nothing is lost when the page goes or a commit fails.
let current: Launch | null = null;
afterEach(() => {
  current?.strict.assertClean();
  current?.tracker.dispose();
  current = null;
});

function start(version: Version, course: Course) {
  current = launch(version, course);
  return current;
}

const count = (launched: Launch, method: RegExp) => launched.strict.calls.filter((call) => method.test(call.method)).length;
const commits = (launched: Launch) => count(launched, /Commit$/);
const sets = (launched: Launch, element: string) =>
  launched.strict.calls.filter((call) => /SetValue$/.test(call.method) && call.args[0] === element).map((call) => call.args[1]);

/**
 * SetValue calls that send a value the LMS already has: set before and kept by a successful Commit, or set
 * since. Values set before a failed Commit may not have persisted: sending them again is right.
 */
function unchangedRepeats(calls: readonly Call[]): string[] {
  const committed = new Map<string, string>();
  let pending = new Map<string, string>();
  const repeats: string[] = [];
  for (const { method, args, result } of calls) {
    const [element = "", value = ""] = args;
    if (/SetValue$/.test(method) && result === "true") {
      if ((pending.get(element) ?? committed.get(element)) === value) repeats.push(`${element}=${value}`);
      pending.set(element, value);
    }
    if (!/Commit$/.test(method)) continue;
    if (result === "true") for (const [key, held] of pending) committed.set(key, held);
    pending = new Map();
  }
  return repeats;
}

const SHAPES: readonly (readonly [string, Course])[] = [
  ["key-working, 1 day (28 outcomes, knowledge check at the end)", makeCourse({ outcomes: 28, feedback: "end", attempts: 3 })],
  ["per-question feedback (16 outcomes x 2 questions)", makeCourse({ outcomes: 16, questionsPerOutcome: 2, feedback: "per-question" })],
];

describe.each(["1.2", "2004-3", "2004-4"] as const)("a whole learner session under SCORM %s", (version) => {
  it.each(SHAPES)("%s: at most one Commit per press, no unchanged value set again", (name, course) => {
    const launched = start(version, course);
    const presses = playSession(launched.tracker, learnerTasks(course), () => {
      launched.clock.advance(20_000);
      launched.timer.endTask();
    });
    const calls = launched.strict.calls;
    const setValues = count(launched, /SetValue$/);
    console.info(
      `SCORM ${version}, ${name}: ${presses} presses, ${commits(launched)} Commit, ${setValues} SetValue, ` +
        `${count(launched, /GetValue$/)} GetValue, ${calls.length} API calls`,
    );
    expect(commits(launched)).toBeLessThanOrEqual(presses);
    expect(unchangedRepeats(calls)).toEqual([]);
    // The session time goes with the finish only (see the 0002 decision), once.
    expect(sets(launched, version === "1.2" ? "cmi.core.session_time" : "cmi.session_time")).toHaveLength(1);
    expect(count(launched, /(Finish|Terminate)$/)).toBe(1);
    expect(launched.tracker.snapshot()).toMatchObject({ completed: true, passed: true, saveState: "saved" });
  });
});

describe("one learner action, one save", () => {
  it("commits nothing during a press and everything the press changed in one Commit when its task ends", () => {
    const course = makeCourse({ outcomes: 3 });
    const launched = start("1.2", course);
    const { tracker, timer } = launched;
    tracker.answer("q-1-1", ["b"]);
    tracker.completeSection("outcome-1");
    tracker.visit("outcome-2");
    expect(count(launched, /SetValue$|Commit$/)).toBe(0);
    expect(timer.endTask()).toBe(1);
    expect(commits(launched)).toBe(1);
    expect(launched.lmsValue("cmi.core.lesson_location")).toBe("outcome-2");
    // Section done, outcome assessed but not submitted yet (1.2 has one status per objective).
    expect(launched.lmsValue("cmi.objectives.0.status")).toBe("incomplete");
    const saved = decodeProgress(course, String(launched.lmsValue("cmi.suspend_data")));
    expect(saved).toMatchObject({ ok: true, value: { sectionsDone: ["outcome-1"], answers: { "q-1-1": ["b"] } } });
    expect(timer.endTask()).toBe(0);
  });

  it("sets only what the press changed", () => {
    const launched = start("2004-4", makeCourse({ outcomes: 3 }));
    launched.tracker.visit("outcome-1");
    launched.timer.endTask();
    const before = launched.strict.calls.length;
    launched.tracker.visit("outcome-2");
    launched.timer.endTask();
    const elements = launched.strict.calls.slice(before).filter((call) => call.method === "SetValue").map((call) => call.args[0]);
    expect(elements).toEqual(["cmi.location"]);
  });

  it("commits when the page is hidden, with the session time, and the press's scheduled save is not needed", () => {
    const launched = start("1.2", makeCourse({ outcomes: 2 }));
    const { tracker, timer, clock } = launched;
    tracker.visit("outcome-1");
    timer.endTask();
    expect(sets(launched, "cmi.core.session_time")).toEqual([]);
    tracker.visit("outcome-2");
    clock.advance(90_000);
    tracker.commit(); // visibilitychange: hidden, before the press's task ended
    expect(commits(launched)).toBe(2);
    expect(launched.lmsValue("cmi.core.lesson_location")).toBe("outcome-2");
    expect(sets(launched, "cmi.core.session_time")).toEqual(["0000:01:30.00"]);
    expect(timer.endTask()).toBe(0);
    expect(commits(launched)).toBe(2);
  });

  it("writes and commits a press's changes before Finish when the page goes before its task ends", () => {
    const launched = start("2004-4", makeCourse({ outcomes: 2 }));
    const { tracker, timer } = launched;
    tracker.completeSection("outcome-1");
    tracker.visit("outcome-2");
    tracker.exit(); // pagehide
    const methods = launched.strict.calls.map((call) => (call.method === "SetValue" ? `SetValue ${call.args[0]}` : call.method));
    const finish = methods.indexOf("Terminate");
    expect(methods.indexOf("SetValue cmi.location")).toBeLessThan(finish);
    expect(methods.lastIndexOf("Commit")).toBeLessThan(finish);
    expect(launched.lmsValue("cmi.location")).toBe("outcome-2");
    expect(launched.lmsValue("cmi.objectives.0.completion_status")).toBe("completed");
    expect(timer.pending()).toBe(0);
    expect(count(launched, /Terminate$/)).toBe(1);
  });

  it("delivers everything after failed commits, setting again what may not have persisted", () => {
    const launched = start("1.2", makeCourse({ outcomes: 3 }));
    const { tracker, timer, faulty } = launched;
    tracker.visit("outcome-1");
    timer.endTask();
    faulty.faults.commit = "false";
    tracker.answer("q-1-1", ["b"]);
    tracker.completeSection("outcome-1");
    timer.endTask();
    expect(tracker.snapshot().saveState).toBe("saving");
    tracker.visit("outcome-2");
    timer.endTask();
    expect(tracker.snapshot().saveState).toBe("not-saved");
    faulty.faults.commit = null;
    timer.runNext(); // the retry, 1 s later
    expect(tracker.snapshot().saveState).toBe("saved");
    expect(timer.pending()).toBe(0);
    expect(launched.lmsValue("cmi.core.lesson_location")).toBe("outcome-2");
    expect(launched.lmsValue("cmi.objectives.0.status")).toBe("incomplete");
    // Set before each failed Commit and again with the retry that got through.
    expect(sets(launched, "cmi.objectives.0.status")).toEqual(["not attempted", "incomplete", "incomplete", "incomplete"]);
    expect(unchangedRepeats(launched.strict.calls)).toEqual([]);
  });
});

describe("draft answers (knowledge check at the end)", () => {
  const course = makeCourse({ outcomes: 2, feedback: "end" });
  const tick = (launched: Launch, index: number) => launched.tracker.answer(course.questions[index]!.id, rightAnswer(course.questions[index]!));

  it("wait for the next press's save instead of a Commit each", () => {
    const launched = start("1.2", course);
    tick(launched, 0);
    launched.timer.endTask();
    tick(launched, 1);
    launched.timer.endTask();
    expect(commits(launched)).toBe(0);
    launched.tracker.submitAssessment();
    launched.tracker.visit("results");
    launched.timer.endTask();
    expect(commits(launched)).toBe(1);
    expect(launched.strict.values.get("cmi.interactions.1.result")).toBe("correct");
    expect(launched.timer.pending()).toBe(0);
  });

  it("are saved within 30 seconds, or when the page is hidden, whichever comes first", () => {
    const launched = start("2004-4", course);
    tick(launched, 0);
    launched.timer.endTask();
    expect(launched.timer.delays).toEqual([30_000]);
    launched.timer.runNext();
    expect(commits(launched)).toBe(1);
    tick(launched, 1);
    launched.tracker.commit();
    expect(commits(launched)).toBe(2);
    expect(launched.timer.pending()).toBe(0);
    expect(String(launched.lmsValue("cmi.suspend_data"))).toBe(launched.strict.values.get("cmi.suspend_data"));
  });
});
