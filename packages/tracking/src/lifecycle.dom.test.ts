import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ManagedTracker } from "./index.ts";
import { startTracking } from "./index.ts";
import type { StrictLms } from "./testing/index.ts";
import { createStrictLms12, createStrictLms2004, makeCourse, playThrough } from "./testing/index.ts";
import { silentLogger } from "./testing/launch.ts";
import { QUIET_LMS, Scorm12API, Scorm2004API } from "./testing/scorm-again.ts";

// The page lifecycle in a DOM (happy-dom): the tracker is started on `window` as the player does.
type Globals = { API?: unknown; API_1484_11?: unknown };
const globals = window as unknown as Globals;
let tracker: ManagedTracker | null = null;

function setVisibility(state: "hidden" | "visible"): void {
  Object.defineProperty(document, "visibilityState", { value: state, configurable: true });
  document.dispatchEvent(new Event("visibilitychange"));
}

function start12(): StrictLms<unknown> {
  const strict = createStrictLms12(new Scorm12API(QUIET_LMS));
  globals.API = strict.api;
  tracker = startTracking(makeCourse({ outcomes: 2 }), window, { scorm: "1.2", strict: true, logger: silentLogger() });
  return strict as StrictLms<unknown>;
}

beforeEach(() => setVisibility("visible"));
afterEach(() => {
  tracker?.dispose();
  tracker = null;
  delete globals.API;
  delete globals.API_1484_11;
  localStorage.clear();
});

describe("page lifecycle", () => {
  it("commits when the page is hidden, not when it is shown", () => {
    const strict = start12();
    const before = strict.count("LMSCommit");
    setVisibility("visible");
    expect(strict.count("LMSCommit")).toBe(before);
    setVisibility("hidden");
    expect(strict.count("LMSCommit")).toBe(before + 1);
    strict.assertClean();
  });

  it("commits a learner's press once the press's task is over, with the page's own timer", async () => {
    const strict = start12();
    tracker?.completeSection("outcome-1");
    tracker?.visit("outcome-2");
    expect(strict.count("LMSCommit")).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(strict.count("LMSCommit")).toBe(1);
    expect(strict.values.get("cmi.core.lesson_location")).toBe("outcome-2");
    strict.assertClean();
  });

  it("commits a press at once when the page is hidden before the press's task is over", async () => {
    const strict = start12();
    tracker?.visit("outcome-1");
    setVisibility("hidden");
    expect(strict.count("LMSCommit")).toBe(1);
    expect(strict.values.get("cmi.core.lesson_location")).toBe("outcome-1");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(strict.count("LMSCommit")).toBe(1);
    strict.assertClean();
  });

  it("sets and commits a press's changes before LMSFinish when pagehide comes right after it", () => {
    const strict = start12();
    tracker?.completeSection("outcome-1");
    tracker?.visit("outcome-2");
    window.dispatchEvent(new Event("pagehide"));
    const methods = strict.calls.map((call) => (call.method === "LMSSetValue" ? `set ${call.args[0]}` : call.method));
    expect(methods.slice(-3)).toEqual(["LMSCommit", "LMSGetValue", "LMSFinish"]);
    expect(methods.indexOf("set cmi.core.lesson_location")).toBeLessThan(methods.indexOf("LMSCommit"));
    expect(strict.values.get("cmi.core.lesson_location")).toBe("outcome-2");
    expect(strict.values.get("cmi.objectives.0.status")).toBe("incomplete");
    strict.assertClean();
  });

  it("finishes exactly once on pagehide, however often it fires", () => {
    const strict = start12();
    window.dispatchEvent(new Event("pagehide"));
    window.dispatchEvent(new Event("pagehide"));
    setVisibility("hidden");
    expect(strict.count("LMSFinish")).toBe(1);
    expect(tracker?.snapshot().finished).toBe(true);
    strict.assertClean();
  });

  it("finishes once when the learner exits and the page is then hidden and unloaded", () => {
    const strict = start12();
    tracker?.exit();
    setVisibility("hidden");
    window.dispatchEvent(new Event("pagehide"));
    expect(strict.count("LMSFinish")).toBe(1);
    expect(strict.calls.at(-1)?.method).toBe("LMSFinish");
    strict.assertClean();
  });

  it("never listens to unload or beforeunload", () => {
    const onWindow = vi.spyOn(window, "addEventListener");
    const onDocument = vi.spyOn(document, "addEventListener");
    start12();
    const types = [...onWindow.mock.calls, ...onDocument.mock.calls].map((call) => call[0]);
    expect(types).toEqual(expect.arrayContaining(["pagehide", "visibilitychange"]));
    expect(types).not.toContain("unload");
    expect(types).not.toContain("beforeunload");
    onWindow.mockRestore();
    onDocument.mockRestore();
  });

  it("stops listening once disposed", () => {
    const strict = start12();
    tracker?.dispose();
    window.dispatchEvent(new Event("pagehide"));
    expect(strict.count("LMSFinish")).toBe(0);
  });

  it.each(["2004-3", "2004-4"] as const)("uses API_1484_11 for a SCORM %s package", (scorm) => {
    const strict = createStrictLms2004(new Scorm2004API(QUIET_LMS), scorm === "2004-3" ? 3 : 4);
    globals.API = createStrictLms12(new Scorm12API(QUIET_LMS)).api; // a 1.2 API must be ignored
    globals.API_1484_11 = strict.api;
    tracker = startTracking(makeCourse(), window, { scorm, strict: true, logger: silentLogger() });
    window.dispatchEvent(new Event("pagehide"));
    expect(tracker.snapshot().lms).toBe("scorm2004");
    expect(strict.count("Terminate")).toBe(1);
    strict.assertClean();
  });

  it("works standalone in localStorage when there is no LMS, and says so", () => {
    const logger = silentLogger();
    const course = makeCourse({ outcomes: 2 });
    tracker = startTracking(course, window, { scorm: "1.2", logger });
    playThrough(tracker, course);
    expect(tracker.snapshot()).toMatchObject({ lms: "standalone", saveState: "saved", completed: false });
    expect(logger.lines.join("\n")).toMatch(/no SCORM 1.2 LMS found/);
    window.dispatchEvent(new Event("pagehide"));
    tracker.dispose();
    tracker = startTracking(course, window, { scorm: "1.2", logger });
    expect(tracker.snapshot()).toMatchObject({ lms: "standalone", resumed: true, location: "outcome-2" });
    expect(tracker.snapshot().sectionsDone).toEqual(["outcome-1", "outcome-2"]);
    expect(localStorage.getItem("coursepack:fixture-course")).toContain("suspend_data");
  });
});
