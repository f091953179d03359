import { describe, expect, test } from "vitest";
import type { CallEntry, Faults } from "./lms.ts";
import { SLOW_MS, launchLms } from "./lms.ts";
import type { StoredAttempt } from "./resume-data.ts";

const NAMES = {
  "1.2": { init: "LMSInitialize", finish: "LMSFinish", get: "LMSGetValue", set: "LMSSetValue", commit: "LMSCommit", error: "LMSGetLastError", location: "cmi.core.lesson_location", exit: "cmi.core.exit", entry: "cmi.core.entry", total: "cmi.core.total_time", session: "cmi.core.session_time", name: "cmi.core.student_name" },
  "2004-4": { init: "Initialize", finish: "Terminate", get: "GetValue", set: "SetValue", commit: "Commit", error: "GetLastError", location: "cmi.location", exit: "cmi.exit", entry: "cmi.entry", total: "cmi.total_time", session: "cmi.session_time", name: "cmi.learner_name" },
} as const;
const SESSION = { "1.2": "0000:01:30", "2004-4": "PT1M30S" } as const;
const COMMIT_ERROR = { "1.2": "101", "2004-4": "391" } as const;

function harness(version: "1.2" | "2004-4", stored: StoredAttempt | null = null, now?: () => number) {
  const faults: Faults = { commitFails: false, throws: false, slow: false, noLms: false };
  const calls: CallEntry[] = [];
  const saved: StoredAttempt[] = [];
  const launch = launchLms({ version, stored, learnerName: "Doe, Jane", passMark: 80, launch: 1, faults, onCall: (c) => calls.push(c), onStored: (s) => saved.push(s), ...(now ? { now } : {}) });
  const n = NAMES[version];
  const call = (method: keyof typeof n, ...args: string[]) => launch.api[n[method]]!(...args);
  return { launch, faults, calls, saved, n, call, set: (element: string, value: string) => call("set", element, value), get: (element: string) => call("get", element) };
}

describe.each(["1.2", "2004-4"] as const)("the preview LMS, SCORM %s", (version) => {
  test("records every call with its result and error code; stores only on a successful commit", () => {
    const lms = harness(version);
    expect(lms.launch.globalName).toBe(version === "1.2" ? "API" : "API_1484_11");
    expect(lms.call("init", "")).toBe("true");
    expect(lms.get(lms.n.name)).toBe("Doe, Jane");
    lms.set(lms.n.location, "section-2");
    expect(lms.saved).toEqual([]);
    expect(lms.call("commit", "")).toBe("true");
    expect(lms.saved).toHaveLength(1);
    expect(lms.calls.map((c) => [c.method, c.result, c.error])).toEqual([
      [lms.n.init, "true", "0"], [lms.n.get, "Doe, Jane", "0"], [lms.n.set, "true", "0"], [lms.n.commit, "true", "0"],
    ]);
    expect(lms.get("cmi.nothing")).toBe("");
    expect(lms.calls.at(-1)).toMatchObject({ error: expect.not.stringMatching(/^0$/), errorText: expect.any(String) });
  });

  test("commit fault: false, the version's commit error from GetLastError, and nothing stored", () => {
    const lms = harness(version);
    lms.call("init", "");
    lms.faults.commitFails = true;
    lms.set(lms.n.location, "section-3");
    expect(lms.call("commit", "")).toBe("false");
    expect(lms.call("error")).toBe(COMMIT_ERROR[version]);
    expect(lms.saved).toEqual([]);
    expect(lms.calls.find((c) => c.method === lms.n.commit)).toMatchObject({ result: "false", error: COMMIT_ERROR[version], fault: "commitFails", errorText: expect.stringMatching(/\w/) });
    lms.faults.commitFails = false;
    expect(lms.call("commit", "")).toBe("true");
    expect(lms.call("error")).toBe("0");
    expect(lms.saved).toHaveLength(1);
  });

  test("LMS not answering: every call throws, and the log says so", () => {
    const lms = harness(version);
    lms.call("init", "");
    lms.faults.throws = true;
    expect(() => lms.call("commit", "")).toThrow(/not answering/);
    expect(lms.calls.at(-1)).toMatchObject({ method: lms.n.commit, result: "(threw)", fault: "throws" });
    lms.faults.throws = false;
    expect(lms.call("commit", "")).toBe("true");
  });

  test("a slow LMS holds the thread for 2 s on commit", () => {
    let clock = 0;
    const lms = harness(version, null, () => (clock += 1));
    lms.call("init", "");
    lms.faults.slow = true;
    expect(lms.call("commit", "")).toBe("true");
    const commit = lms.calls.at(-1)!;
    expect(commit).toMatchObject({ method: lms.n.commit, fault: "slow" });
    expect(commit.ms).toBeGreaterThanOrEqual(SLOW_MS);
  });

  test("what Moodle would reject is flagged on the call and answered as Moodle answers it", () => {
    const lms = harness(version);
    lms.call("init", "");
    expect(lms.set("cmi.objectives.0.id", "has spaces in it")).toBe("false");
    const entry = lms.calls.at(-1)!;
    expect(entry.violations).toHaveLength(1);
    expect(entry.violations[0]).toMatchObject({ element: "cmi.objectives.0.id", reason: expect.stringMatching(/\w/) });
  });

  test("a relaunch gets what was stored: entry = resume after a suspend, the data, and the time so far", () => {
    const first = harness(version);
    first.call("init", "");
    first.set(first.n.location, "section-4");
    first.set("cmi.suspend_data", "v1|saved");
    first.set(first.n.exit, "suspend");
    first.set(first.n.session, SESSION[version]);
    first.call("finish", "");
    const stored = first.saved.at(-1)!;
    const second = harness(version, stored);
    expect(second.launch.entry).toBe("resume");
    second.call("init", "");
    expect([second.get(second.n.entry), second.get(second.n.location), second.get("cmi.suspend_data")]).toEqual(["resume", "section-4", "v1|saved"]);
    expect(second.get(second.n.total)).toBe(version === "1.2" ? "00:01:30" : "PT1M30S");
    expect(second.launch.data()).toMatchObject(version === "1.2" ? { core: { exit: "" } } : { exit: "" });
  });

  test("a relaunch after a finished attempt (no suspend) is not a resume", () => {
    const first = harness(version);
    first.call("init", "");
    first.set(first.n.exit, version === "1.2" ? "" : "normal");
    first.call("finish", "");
    expect(harness(version, first.saved.at(-1)!).launch.entry).toBe("");
    expect(harness(version).launch.entry).toBe("ab-initio");
  });
});
