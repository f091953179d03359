import { describe, expect, it, vi } from "vitest";
import { createStrictLms12, createStrictLms2004 } from "./index.ts";
import { QUIET_LMS, Scorm12API, Scorm2004API } from "./scorm-again.ts";

// The oracle must catch what Moodle rejects, including what scorm-again lets through.
function strict12() {
  const onViolation = vi.fn();
  const strict = createStrictLms12(new Scorm12API(QUIET_LMS), { onViolation });
  strict.api.LMSInitialize("");
  return { strict, api: strict.api, onViolation };
}

function strict2004(edition: 3 | 4 = 4) {
  const strict = createStrictLms2004(new Scorm2004API(QUIET_LMS), edition);
  strict.api.Initialize("");
  return { strict, api: strict.api };
}

describe("strict LMS, SCORM 1.2", () => {
  it.each([
    ["cmi.suspend_data", "x".repeat(4097), "405"],
    ["cmi.core.score.raw", "100.5", "405"],
    ["cmi.core.session_time", "PT1M", "405"],
    ["cmi.core.lesson_status", "not attempted", "405"],
    ["cmi.core.exit", "normal", "405"],
    ["cmi.objectives.0.id", "outcome 1", "405"],
    ["cmi.objectives.0.id", "1-outcome", "405"],
    ["cmi.core.entry", "resume", "201"],
  ])("refuses %s = %j with %s, as Moodle would", (element, value, code) => {
    const { api, strict, onViolation } = strict12();
    expect(api.LMSSetValue(element, value)).toBe("false");
    expect(api.LMSGetLastError()).toBe(code);
    expect(strict.violations).toHaveLength(1);
    expect(onViolation).toHaveBeenCalledOnce();
    expect(() => strict.assertClean()).toThrow(/1 violation/);
  });

  it("refuses multi-character choice responses and a gap in the interactions", () => {
    const { api, strict } = strict12();
    expect(api.LMSSetValue("cmi.interactions.0.id", "q-1")).toBe("true");
    expect(api.LMSSetValue("cmi.interactions.0.type", "choice")).toBe("true");
    expect(api.LMSSetValue("cmi.interactions.0.student_response", "b,c")).toBe("true");
    expect(api.LMSSetValue("cmi.interactions.0.student_response", "choice-b")).toBe("false");
    expect(api.LMSSetValue("cmi.interactions.2.id", "q-3")).toBe("false");
    expect(strict.violations.map((v) => v.code)).toEqual(["405", "201"]);
  });

  it("refuses calls after LMSFinish and a second LMSFinish", () => {
    const { api, strict } = strict12();
    expect(api.LMSFinish("")).toBe("true");
    expect(api.LMSCommit("")).toBe("false");
    expect(api.LMSFinish("")).toBe("false");
    expect(strict.violations.map((v) => v.code)).toEqual(["301", "301"]);
    expect(strict.count("LMSFinish")).toBe(2);
  });
});

describe("strict LMS, SCORM 2004", () => {
  it("needs an id before other fields and a type before responses (408)", () => {
    const { api, strict } = strict2004();
    expect(api.SetValue("cmi.objectives.0.score.raw", "50")).toBe("false");
    expect(api.GetLastError()).toBe("408");
    expect(api.SetValue("cmi.interactions.0.id", "q-1")).toBe("true");
    expect(api.SetValue("cmi.interactions.0.learner_response", "a")).toBe("false");
    expect(strict.violations).toHaveLength(2);
  });

  it("keeps objective ids write-once and choice responses as unique identifiers joined by [,]", () => {
    const { api, strict } = strict2004();
    expect(api.SetValue("cmi.objectives.0.id", "outcome-1")).toBe("true");
    expect(api.SetValue("cmi.objectives.0.id", "outcome-1")).toBe("true");
    expect(api.SetValue("cmi.objectives.0.id", "outcome-2")).toBe("false");
    api.SetValue("cmi.interactions.0.id", "q-1");
    api.SetValue("cmi.interactions.0.type", "choice");
    expect(api.SetValue("cmi.interactions.0.learner_response", "a[,]c")).toBe("true");
    expect(api.SetValue("cmi.interactions.0.learner_response", "a,c")).toBe("false");
    expect(api.SetValue("cmi.interactions.0.learner_response", "a[,]a")).toBe("false");
    expect(strict.violations.map((v) => v.code)).toEqual(["351", "406", "406"]);
  });

  it.each([
    ["cmi.session_time", "PT1.234S"],
    ["cmi.session_time", "01:00:00"],
    ["cmi.score.scaled", "1.2"],
    ["cmi.interactions.0.timestamp", "2025-03-01T09:30:00Z"],
    ["cmi.success_status", "completed"],
  ])("refuses %s = %j", (element, value) => {
    const { api, strict } = strict2004();
    api.SetValue("cmi.interactions.0.id", "q-1");
    expect(api.SetValue(element, value)).toBe("false");
    expect(strict.violations).toHaveLength(1);
  });

  it("holds the 3rd edition to 4000 characters of suspend data and the 4th to 64000", () => {
    expect(strict2004(3).api.SetValue("cmi.suspend_data", "x".repeat(4001))).toBe("false");
    expect(strict2004(4).api.SetValue("cmi.suspend_data", "x".repeat(4001))).toBe("true");
  });
});
