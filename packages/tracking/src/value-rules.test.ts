import { describe, expect, it } from "vitest";
import { SCORM12_RULES, choiceChar12, timeOfDay12, timespan12 } from "./scorm12-rules.ts";
import { description2004, duration2004, scorm2004Rules, timestamp2004 } from "./scorm2004-rules.ts";
import { checkEntries, decimal } from "./value-rules.ts";

// Conformance cases as data (SCORM 1.2 RTE 3.4, SCORM 2004 RTE 4.2, Moodle's datamodels).

describe("SCORM 1.2 formats", () => {
  it.each([
    [0, "0000:00:00.00"],
    [1234, "0000:00:01.23"],
    [3_723_450, "0001:02:03.45"],
    [36_000_000_000, "9999:59:59.99"], // capped at the format's maximum
  ])("session time %d ms -> %s", (ms, text) => {
    expect(timespan12(ms)).toBe(text);
    expect(text).toMatch(/^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$/);
  });

  it("maps choice positions to single characters a-z then 0-9", () => {
    expect([0, 1, 25, 26, 35].map(choiceChar12)).toEqual(["a", "b", "z", "0", "9"]);
    expect(() => choiceChar12(36)).toThrow(RangeError);
  });

  it("writes interaction time as a time of day", () => {
    expect(timeOfDay12(new Date(2025, 2, 1, 9, 5, 7).getTime())).toBe("09:05:07");
  });
});

describe("SCORM 2004 formats", () => {
  it.each([
    [0, "PT0H0M0S"],
    [1234, "PT0H0M1.23S"],
    [3_723_450, "PT1H2M3.45S"],
    [100_000_005, "PT27H46M40.01S"],
  ])("duration %d ms -> %s (at most 2 decimals)", (ms, text) => {
    expect(duration2004(ms)).toBe(text);
  });

  it("writes timestamps in UTC with hundredths, as Moodle's pattern wants", () => {
    expect(timestamp2004(Date.UTC(2025, 2, 1, 9, 30, 5, 678))).toBe("2025-03-01T09:30:05.67Z");
  });

  it("makes one-line descriptions of at most 250 characters", () => {
    expect(description2004("  {lang=en} What\n is  it? ")).toBe("lang=en} What is it?");
    expect(description2004("x".repeat(300))).toHaveLength(250);
  });

  it.each([[66.666, 2, "66.67"], [100, 2, "100"], [0.5, 4, "0.5"], [0, 2, "0"], [0.00001, 4, "0"]])(
    "decimal(%d, %d) = %s",
    (value, places, text) => expect(decimal(value, places)).toBe(text),
  );
});

type Case = readonly [element: string, value: string, ok: boolean];

const cases12: Case[] = [
  ["cmi.core.lesson_status", "incomplete", true],
  ["cmi.core.lesson_status", "not attempted", false],
  ["cmi.core.score.raw", "83.33", true],
  ["cmi.core.score.raw", "101", false],
  ["cmi.core.score.raw", "", false],
  ["cmi.core.exit", "suspend", true],
  ["cmi.core.exit", "normal", false],
  ["cmi.core.session_time", "0001:02:03.45", true],
  ["cmi.core.session_time", "PT1H", false],
  ["cmi.core.lesson_location", "x".repeat(255), true],
  ["cmi.core.lesson_location", "x".repeat(256), false],
  ["cmi.suspend_data", "x".repeat(4096), true],
  ["cmi.suspend_data", "x".repeat(4097), false],
  ["cmi.objectives.0.id", "outcome-1", true],
  ["cmi.objectives.0.id", "has space", false],
  ["cmi.objectives.0.id", "x".repeat(256), false],
  ["cmi.interactions.0.result", "wrong", true],
  ["cmi.interactions.0.result", "incorrect", false],
  ["cmi.interactions.0.time", "23:59:59", true],
  ["cmi.core.entry", "resume", false],
];

const cases2004: Case[] = [
  ["cmi.completion_status", "completed", true],
  ["cmi.success_status", "passed", true],
  ["cmi.success_status", "completed", false],
  ["cmi.score.scaled", "0.8333", true],
  ["cmi.score.scaled", "1.5", false],
  ["cmi.exit", "normal", true],
  ["cmi.session_time", "PT1H2M3.45S", true],
  ["cmi.session_time", "PT1.234S", false],
  ["cmi.session_time", "0001:02:03", false],
  ["cmi.location", "x".repeat(1000), true],
  ["cmi.location", "x".repeat(1001), false],
  ["cmi.suspend_data", "x".repeat(64000), true],
  ["cmi.interactions.0.timestamp", "2025-03-01T09:30:05.67Z", true],
  ["cmi.interactions.0.timestamp", "2025-03-01T09:30:05Z", false],
  ["cmi.interactions.0.result", "incorrect", true],
  ["cmi.objectives.0.description", "{lang=en}", false],
];

describe("value rules", () => {
  it.each(cases12)("SCORM 1.2 %s = %j -> %s", (element, value, ok) => {
    expect(checkEntries(SCORM12_RULES, [{ element, value }])).toHaveLength(ok ? 0 : 1);
  });

  it.each(cases2004)("SCORM 2004 %s = %j -> %s", (element, value, ok) => {
    expect(checkEntries(scorm2004Rules(4), [{ element, value }])).toHaveLength(ok ? 0 : 1);
  });

  it("holds the 2004 3rd edition to 4000 characters of suspend data", () => {
    expect(checkEntries(scorm2004Rules(3), [{ element: "cmi.suspend_data", value: "x".repeat(4001) }])).toHaveLength(1);
  });

  it("checks responses against the type set before them", () => {
    const entries12 = (type: string, response: string) => [
      { element: "cmi.interactions.3.type", value: type },
      { element: "cmi.interactions.3.student_response", value: response },
    ];
    expect(checkEntries(SCORM12_RULES, entries12("choice", "a,c"))).toEqual([]);
    expect(checkEntries(SCORM12_RULES, entries12("choice", "ab"))).toHaveLength(1);
    expect(checkEntries(SCORM12_RULES, entries12("true-false", "t"))).toEqual([]);
    expect(checkEntries(SCORM12_RULES, entries12("true-false", "true"))).toHaveLength(1);
    expect(checkEntries(SCORM12_RULES, [{ element: "cmi.interactions.0.student_response", value: "a" }])).toHaveLength(1);
    const entries2004 = (type: string, response: string) => [
      { element: "cmi.interactions.0.type", value: type },
      { element: "cmi.interactions.0.learner_response", value: response },
    ];
    expect(checkEntries(scorm2004Rules(4), entries2004("choice", "a[,]c"))).toEqual([]);
    expect(checkEntries(scorm2004Rules(4), entries2004("choice", "a,c"))).toHaveLength(1);
    expect(checkEntries(scorm2004Rules(4), entries2004("choice", "a[,]a"))).toHaveLength(1);
    expect(checkEntries(scorm2004Rules(4), entries2004("true-false", "t"))).toHaveLength(1);
  });
});
