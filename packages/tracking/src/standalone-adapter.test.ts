import { describe, expect, it } from "vitest";
import type { StorageLike } from "./index.ts";
import { createStandaloneAdapter, createTracker } from "./index.ts";
import { createManualTimer, makeCourse, playThrough } from "./testing/index.ts";
import { silentLogger } from "./testing/launch.ts";

function memoryStorage(): StorageLike & { data: Map<string, string>; broken: boolean } {
  const data = new Map<string, string>();
  return {
    data,
    broken: false,
    getItem: (key) => data.get(key) ?? null,
    setItem(key, value) {
      if (this.broken) throw new DOMException("quota exceeded", "QuotaExceededError");
      data.set(key, value);
    },
  };
}

const course = makeCourse({ outcomes: 2 });

function start(storage: StorageLike) {
  const timer = createManualTimer();
  const lms = createStandaloneAdapter({ storage, key: "coursepack:test" });
  return { timer, tracker: createTracker({ course, lms, timer, logger: silentLogger() }) };
}

describe("standalone adapter", () => {
  it("resumes a suspended session from storage", () => {
    const storage = memoryStorage();
    const first = start(storage);
    first.tracker.visit("outcome-2");
    first.tracker.completeSection("outcome-1");
    first.tracker.exit();
    expect(start(storage).tracker.snapshot()).toMatchObject({ lms: "standalone", resumed: true, location: "outcome-2", sectionsDone: ["outcome-1"] });
  });

  it("starts afresh once the course is done, keeping the result", () => {
    const storage = memoryStorage();
    const first = start(storage);
    playThrough(first.tracker, course);
    first.tracker.submitAssessment();
    first.tracker.exit();
    expect(JSON.parse(storage.data.get("coursepack:test") ?? "{}")).toMatchObject({ exit: "normal", success: "passed", score: "100" });
    expect(start(storage).tracker.snapshot()).toMatchObject({ resumed: false, passed: true, completed: true });
  });

  it("reports not-saved while storage refuses, and saves once it accepts", () => {
    const storage = memoryStorage();
    const { tracker, timer } = start(storage);
    storage.broken = true;
    tracker.completeSection("outcome-1");
    timer.endTask();
    expect(tracker.snapshot().saveState).toBe("saving");
    timer.runNext();
    expect(tracker.snapshot().saveState).toBe("not-saved");
    storage.broken = false;
    timer.runNext();
    expect(tracker.snapshot().saveState).toBe("saved");
    expect(storage.data.get("coursepack:test")).toContain("suspend_data");
  });

  it("keeps progress in memory when there is no storage at all", () => {
    const lms = createStandaloneAdapter({ storage: null, key: "k" });
    const tracker = createTracker({ course, lms, logger: silentLogger() });
    tracker.completeSection("outcome-1");
    expect(tracker.snapshot()).toMatchObject({ saveState: "saved", sectionsDone: ["outcome-1"] });
  });
});
