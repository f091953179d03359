import { describe, expect, test } from "vitest";
import { makeCourse } from "@coursepack/tracking/testing";
import type { PreviewState } from "../protocol.ts";
import type { ApiHost, FrameHost } from "./controller.ts";
import { createController } from "./controller.ts";

type Api = Record<string, (...args: string[]) => string>;

/** A stand-in for the module in the frame: starts a session on open, sets a bookmark, finishes on close. */
function fakeModule(win: ApiHost) {
  const opened: string[] = [];
  let api: Api | null = null;
  let entry = "";
  const frame: FrameHost = {
    open(src) {
      opened.push(src);
      api = (win.API as Api | undefined) ?? null;
      if (!api) return;
      api.LMSInitialize!("");
      entry = api.LMSGetValue!("cmi.core.entry");
      api.LMSSetValue!("cmi.core.lesson_location", `page-${opened.length}`);
      api.LMSSetValue!("cmi.core.exit", "suspend");
      api.LMSCommit!("");
    },
    close() {
      api?.LMSFinish!("");
      api = null;
    },
  };
  return { frame, opened, entry: () => entry, api: () => api };
}

function setup() {
  const course = makeCourse({ outcomes: 2 });
  const state: PreviewState = { generation: 1, source: "c", ok: true, diagnostics: [], variants: [{ segment: "all", label: null, course }], versions: ["1.2", "2004-4"], startVersion: "1.2" };
  const win: ApiHost = {};
  const module = fakeModule(win);
  const forgotten: string[] = [];
  let changes = 0;
  const controller = createController({ frame: module.frame, window: win, state, changed: () => void changes++, forgetStandalone: (id) => void forgotten.push(id) });
  return { controller, module, win, state, forgotten, changes: () => changes };
}

describe("the preview controller", () => {
  test("leave finishes the module; resume relaunches it with what was stored and entry = resume", () => {
    const { controller, module, win } = setup();
    controller.resume();
    expect(module.opened).toEqual(["/module/all/1.2/index.html?launch=1"]);
    expect(module.entry()).toBe("ab-initio");
    controller.leave();
    expect(controller.open).toBe(false);
    expect(win.API).toBeUndefined();
    expect(controller.stored?.cmi.core).toMatchObject({ exit: "suspend", lesson_location: "page-1" });
    controller.learnerName = "Smith, Sam";
    controller.resume();
    expect(module.entry()).toBe("resume");
    expect(module.api()!.LMSGetValue!("cmi.core.lesson_location")).toBe("page-2");
    expect(module.api()!.LMSGetValue!("cmi.core.student_name")).toBe("Smith, Sam");
    expect(controller.log.filter((i) => i.kind === "launch").map((i) => i.kind === "launch" && i.text)).toEqual([
      "Launch 1: SCORM 1.2, entry = ab-initio",
      "Launch 2: SCORM 1.2, entry = resume",
    ]);
  });

  test("what was not committed is not resumed: a failed commit leaves the LMS's older data", () => {
    const { controller, module } = setup();
    controller.resume();
    controller.setFault("commitFails", true);
    module.api()!.LMSSetValue!("cmi.core.lesson_location", "lost");
    module.api()!.LMSCommit!("");
    controller.leave();
    expect(controller.stored?.cmi.core.lesson_location).toBe("page-1");
  });

  test("a new attempt starts afresh, and forgets what the module kept in the browser without an LMS", () => {
    const { controller, module, forgotten } = setup();
    controller.resume();
    controller.newAttempt();
    expect(module.entry()).toBe("ab-initio");
    expect(forgotten).toEqual([controller.variant!.course.id]);
  });

  test("no LMS: the module is relaunched with no API to find", () => {
    const { controller, module, win } = setup();
    controller.resume();
    controller.setFault("noLms", true);
    expect(module.opened).toHaveLength(2);
    expect(win.API).toBeUndefined();
    expect(module.api()).toBeNull();
    controller.setFault("noLms", false);
    expect(win.API).toBeDefined();
  });

  test("a SCORM version change is a new attempt under the other API", () => {
    const { controller, module, win } = setup();
    controller.resume();
    controller.setVersion("2004-4");
    expect(module.opened.at(-1)).toBe("/module/all/2004-4/index.html?launch=2");
    expect(win.API).toBeUndefined();
    expect(win.API_1484_11).toBeDefined();
    expect(controller.stored).toBeNull();
  });

  test("a course reload relaunches from the stored data; a broken course leaves the module alone", () => {
    const { controller, module, state } = setup();
    controller.resume();
    controller.courseChanged({ ...state, generation: 2, ok: false });
    expect(module.opened).toHaveLength(1);
    controller.courseChanged({ ...state, generation: 3 });
    expect(module.opened).toHaveLength(2);
    expect(module.entry()).toBe("resume");
  });

  test("a course that had errors from the start launches once it loads", () => {
    const { state } = setup();
    const win: ApiHost = {};
    const module = fakeModule(win);
    const controller = createController({ frame: module.frame, window: win, state: { ...state, ok: false, variants: [] }, changed: () => {} });
    controller.resume();
    expect(module.opened).toEqual([]);
    controller.courseChanged({ ...state, generation: 2 });
    expect(module.opened).toEqual(["/module/all/1.2/index.html?launch=1"]);
    expect(module.entry()).toBe("ab-initio");
  });
});
