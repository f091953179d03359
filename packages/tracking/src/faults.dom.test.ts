import { afterEach, describe, expect, it } from "vitest";
import type { ManagedTracker, TrackingWindow } from "./index.ts";
import { decodeProgress, startTracking } from "./index.ts";
import type { Faults, ManualTimer } from "./testing/index.ts";
import { createFaultyLms, createManualTimer, createStrictLms12, createStrictLms2004, makeCourse, rightAnswer } from "./testing/index.ts";
import type { Launch } from "./testing/launch.ts";
import { createClock, launch, silentLogger } from "./testing/launch.ts";
import { QUIET_LMS, Scorm12API, Scorm2004API } from "./testing/scorm-again.ts";

// What happens when the LMS fails: the state is kept, saves are retried with backoff, the learner is told
// (saving -> not-saved), and everything reaches the LMS once it answers again.
const course = makeCourse({ outcomes: 3 });
let current: Launch | null = null;
afterEach(() => {
  current?.strict.assertClean();
  current?.tracker.dispose();
  current = null;
});

function start(version: "1.2" | "2004-4" = "1.2") {
  current = launch(version, course);
  return current;
}

/** The learner keeps working while saves fail: four presses, each saved at the end of its task. */
function work(tracker: ManagedTracker, timer: ManualTimer) {
  const presses = [
    () => tracker.visit("outcome-1"),
    () => tracker.answer("q-1-1", ["b"]),
    () => {
      tracker.completeSection("outcome-1");
      tracker.visit("outcome-2");
    },
    () => tracker.answer("q-2-1", rightAnswer(course.questions[1]!)),
  ];
  for (const press of presses) {
    press();
    timer.endTask();
  }
}

function savedProgress(launched: Launch, element = "cmi.suspend_data") {
  const decoded = decodeProgress(course, String(launched.lmsValue(element)));
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded.value;
}

type Fault = (launched: Launch) => void;
const fault = (apply: (faults: Faults) => void): Fault => (launched) => apply(launched.faulty.faults);

describe.each<[string, Fault, Fault]>([
  ["Commit answers false", fault((f) => (f.commit = "false")), fault((f) => (f.commit = null))],
  ["Commit answers true with an error code", fault((f) => (f.commit = "error")), fault((f) => (f.commit = null))],
  ["SetValue answers false", fault((f) => (f.setValue = "false")), fault((f) => (f.setValue = null))],
  ["the API throws", fault((f) => (f.commit = "throw")), fault((f) => (f.commit = null))],
  ["the API object is dead (its window went away)", fault((f) => (f.gone = true)), fault((f) => (f.gone = false))],
])("when %s", (_name, breakIt, fixIt) => {
  it("keeps the state, retries with backoff, reports not-saved, and recovers with nothing dropped", () => {
    const launched = start();
    const { tracker, timer } = launched;
    // A first save gets through: the objectives exist, so refused SetValues are not also out of order.
    tracker.visit("welcome");
    timer.endTask();
    breakIt(launched);
    tracker.visit("outcome-1");
    timer.endTask();
    expect(tracker.snapshot().saveState).toBe("saving");
    work(tracker, timer);
    expect(tracker.snapshot().saveState).toBe("not-saved");
    timer.runNext();
    timer.runNext();
    expect(timer.delays).toEqual([1000, 2000, 5000]);
    expect(tracker.snapshot()).toMatchObject({ saveState: "not-saved", location: "outcome-2", sectionsDone: ["outcome-1"] });
    fixIt(launched);
    timer.runNext();
    expect(tracker.snapshot().saveState).toBe("saved");
    expect(timer.pending()).toBe(0);
    expect(launched.lmsValue("cmi.core.lesson_location")).toBe("outcome-2");
    expect(savedProgress(launched)).toMatchObject({ sectionsDone: ["outcome-1"], answers: { "q-1-1": ["b"], "q-2-1": ["a", "c"] } });
  });
});

describe("LMS faults", () => {
  it("recovers as soon as the learner's next action gets through, cancelling the pending retry", () => {
    const { tracker, timer, faulty } = start("2004-4");
    faulty.faults.commit = "false";
    work(tracker, timer);
    faulty.faults.commit = null;
    tracker.completeSection("outcome-2");
    timer.endTask();
    expect(tracker.snapshot().saveState).toBe("saved");
    expect(timer.pending()).toBe(0);
  });

  it("changes the suspend data on a retry, so an LMS that marked it sent (Moodle) sends it again", () => {
    const { tracker, timer, faulty, strict } = start();
    faulty.faults.commit = "false";
    tracker.completeSection("outcome-1");
    timer.endTask();
    const failed = strict.values.get("cmi.suspend_data");
    faulty.faults.commit = null;
    timer.runNext();
    const retried = strict.values.get("cmi.suspend_data");
    expect(retried).not.toBe(failed);
    expect(decodeProgress(course, retried ?? "")).toEqual(decodeProgress(course, failed ?? ""));
  });

  it("keeps retrying every 30 seconds for as long as the page lives", () => {
    const { tracker, timer, faulty } = start();
    tracker.visit("welcome");
    timer.endTask();
    faulty.faults.gone = true;
    work(tracker, timer);
    for (let i = 0; i < 8; i++) timer.runNext();
    expect(timer.delays.slice(-4)).toEqual([30000, 30000, 30000, 30000]);
    expect(tracker.snapshot().saveState).toBe("not-saved");
  });

  it("does not trust a commit whose suspend data does not read back", () => {
    const launched = start();
    // The LMS answers "true" to Commit but has not kept the data.
    const api = launched.faulty.api as unknown as { LMSGetValue(element: string): string };
    const read = api.LMSGetValue.bind(api);
    api.LMSGetValue = (element) => (element === "cmi.suspend_data" ? "" : read(element));
    launched.tracker.completeSection("outcome-1");
    launched.timer.endTask();
    expect(launched.tracker.snapshot().saveState).toBe("saving");
    launched.timer.runNext();
    expect(launched.tracker.snapshot().saveState).toBe("not-saved");
  });

  it("starts fresh and keeps trying when Initialize fails, then saves everything", () => {
    current = launch("1.2", course, { faults: { initialize: "false" } });
    const { tracker, timer, faulty, strict } = current;
    work(tracker, timer);
    expect(tracker.snapshot().saveState).toBe("not-saved");
    faulty.faults.initialize = null;
    timer.runNext();
    expect(tracker.snapshot().saveState).toBe("saved");
    expect(strict.values.get("cmi.core.lesson_location")).toBe("outcome-2");
  });

  it("retries a failed finish until it gets through, and finishes only once", () => {
    const { tracker, timer, faulty, lms } = start("2004-4");
    faulty.faults.finish = "false";
    tracker.exit();
    expect(tracker.snapshot().saveState).toBe("saving");
    faulty.faults.finish = null;
    timer.runNext();
    expect(tracker.snapshot()).toMatchObject({ saveState: "saved", finished: true });
    expect(lms.isTerminated()).toBe(true);
    tracker.exit();
    expect(timer.pending()).toBe(0);
  });
});

describe("the API disappears mid-session", () => {
  function frame(api: unknown) {
    const noop = () => undefined;
    const document = { visibilityState: "visible", addEventListener: noop, removeEventListener: noop };
    return { API: api, API_1484_11: undefined as unknown, parent: null, document, addEventListener: noop, removeEventListener: noop };
  }

  it("keeps the state while there is none, then gives a new API everything", () => {
    const first = createFaultyLms(new Scorm12API(QUIET_LMS));
    const win = frame(createStrictLms12(first.api).api);
    const timer = createManualTimer();
    const tracker = startTracking(course, win as TrackingWindow, { scorm: "1.2", strict: true, timer, clock: createClock(), logger: silentLogger() });
    first.faults.gone = true; // its frame navigated away: every call throws
    win.API = undefined;
    work(tracker, timer);
    timer.runNext();
    expect(tracker.snapshot().saveState).toBe("not-saved");
    const lms = new Scorm12API(QUIET_LMS);
    const second = createStrictLms12(lms);
    win.API = second.api;
    timer.runNext();
    expect(tracker.snapshot().saveState).toBe("saved");
    expect(second.count("LMSInitialize")).toBe(1);
    expect(second.values.get("cmi.core.lesson_location")).toBe("outcome-2");
    expect(second.values.get("cmi.objectives.2.id")).toBe("outcome-3");
    expect(decodeProgress(course, second.values.get("cmi.suspend_data") ?? "")).toMatchObject({ ok: true, value: { sectionsDone: ["outcome-1"] } });
    second.assertClean();
    tracker.dispose();
  });

  it("works the same for SCORM 2004", () => {
    const first = createFaultyLms(new Scorm2004API(QUIET_LMS));
    const win = frame(undefined);
    win.API_1484_11 = createStrictLms2004(first.api).api;
    const timer = createManualTimer();
    const tracker = startTracking(course, win as TrackingWindow, { scorm: "2004-4", strict: true, timer, logger: silentLogger() });
    first.faults.gone = true;
    tracker.answer("q-1-1", ["b"]);
    timer.endTask();
    expect(tracker.snapshot().saveState).toBe("saving");
    const second = createStrictLms2004(new Scorm2004API(QUIET_LMS));
    win.API_1484_11 = second.api;
    timer.runNext();
    expect(tracker.snapshot().saveState).toBe("saved");
    expect(decodeProgress(course, second.values.get("cmi.suspend_data") ?? "")).toMatchObject({ ok: true, value: { answers: { "q-1-1": ["b"] } } });
    second.assertClean();
    tracker.dispose();
  });
});
