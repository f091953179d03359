import { describe, expect, test } from "vitest";
import type { LogItem } from "./controller.ts";
import type { CallEntry } from "./lms.ts";
import { createLogView } from "./log-view.ts";

const call = (entry: Partial<CallEntry>): LogItem => ({
  kind: "call",
  call: { launch: 1, at: 1500, method: "LMSSetValue", args: [], result: "true", error: "0", errorText: "", fault: null, violations: [], ms: 0, ...entry },
});

describe("the API call log", () => {
  test("each call with its arguments, result and error; faults and Moodle's objections in words", () => {
    const list = document.createElement("ol");
    const log: LogItem[] = [
      { kind: "launch", launch: 1, text: "Launch 1: SCORM 1.2, entry = ab-initio" },
      call({ args: ["cmi.core.lesson_status", "incomplete"] }),
      call({ method: "LMSCommit", args: [""], result: "false", error: "101", errorText: "General Exception", fault: "commitFails" }),
      call({ args: ["cmi.objectives.0.id", "a b"], result: "false", error: "405", violations: [{ method: "LMSSetValue", code: "405", reason: "id has a space", element: "cmi.objectives.0.id", value: "a b" }] }),
      call({ method: "LMSCommit", args: [""], ms: 2004, fault: "slow" }),
    ];
    const view = createLogView(list);
    view.update(log);
    const lines = [...list.children].map((li) => li.textContent);
    expect(lines).toEqual([
      "Launch 1: SCORM 1.2, entry = ab-initio",
      '1.5 s LMSSetValue("cmi.core.lesson_status", "incomplete") → "true"',
      '1.5 s LMSCommit("") → "false" error 101 (General Exception) fault: commit fails',
      '1.5 s LMSSetValue("cmi.objectives.0.id", "a b") → "false" error 405Moodle would reject this: id has a space (error 405)',
      '1.5 s LMSCommit("") → "true" took 2.0 s fault: slow LMS',
    ]);
    expect(list.children[3]!.classList.contains("violation")).toBe(true);
    expect(list.children[2]!.classList.contains("failed")).toBe(true);
  });

  test("appends only what is new; a cleared log (a new array) starts over; long values are cut", () => {
    const list = document.createElement("ol");
    const view = createLogView(list);
    const log: LogItem[] = [call({})];
    view.update(log);
    const first = list.firstElementChild;
    log.push(call({ args: ["cmi.suspend_data", "x".repeat(500)] }));
    view.update(log);
    expect(list.firstElementChild).toBe(first);
    expect(list.children[1]!.textContent).toContain("… (500 characters)");
    view.update([]);
    expect(list.children).toHaveLength(0);
  });
});
