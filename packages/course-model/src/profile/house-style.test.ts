import { describe, expect, it } from "vitest";
import type { Course } from "../index.ts";
import { importProfile } from "../index.ts";

// Data-driven cases: each row is one way a training organisation writes a part of the profile.

interface Parts {
  title?: string;
  before?: string[];
  bullets?: string[];
  after?: string[];
}

function profile({ title = "Course Profile: Safe Practice (1-3 Days)", before = [], bullets, after = [] }: Parts): string {
  const list = bullets ?? ["\u2022 First outcome", "\u2022 Second outcome"];
  return ["Course Profile", "", title, "About safe practice.", ...before, "Learning outcomes", ...list, ...after].join("\n");
}

function course(parts: Parts): Course {
  const result = importProfile(profile(parts), "p.txt");
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  expect(result.warnings).toEqual([]);
  return result.value;
}

describe("durations", () => {
  it.each([
    ["Half Day", [0.5]],
    ["Half-day", [0.5]],
    ["1 Day", [1]],
    ["One Day", [1]],
    ["2 Days", [2]],
    ["1-3 Days", [1, 2, 3]],
    ["1 - 2 days", [1, 2]],
    ["2-3 Days", [2, 3]],
    ["1\u20133 Days", [1, 2, 3]],
    ["1 to 3 days", [1, 2, 3]],
  ])("(%s) -> %j, label as written", (label, days) => {
    expect(course({ title: `Course Profile: Safe Practice (${label})` }).duration).toEqual({ label, days });
  });

  it("reads a \"Duration: 1 Day\" line when the title has none; brackets that are no duration stay in the title", () => {
    const c = course({ title: "Course Profile: Safe Practice (Level 2)", before: ["Duration: 1 Day"] });
    expect(c.title).toBe("Safe Practice (Level 2)");
    expect(c.id).toBe("safe-practice-level-2");
    expect(c.duration).toEqual({ label: "1 Day", days: [1] });
  });
});

describe("bullets", () => {
  const marks = ["\u2022", "-", "*", "\u2013", "1.", "1)", "a)", "(a)", "i."];
  const indents = ["", "  ", "\t", "\t\t    "];
  it.each(marks.flatMap((mark) => indents.map((indent) => [mark, indent])))("%j with indentation %j", (mark, indent) => {
    const c = course({ bullets: [`${indent}${mark} First outcome`, `${indent}${mark} Second outcome`] });
    expect(c.outcomes.map((o) => o.text)).toEqual(["First outcome", "Second outcome"]);
  });

  it("list punctuation after an outcome (\"x;\") is dropped, a full stop kept", () => {
    const c = course({ bullets: ["\u2022 First outcome;", "\u2022 Second outcome (2 & 3 day courses only);", "\u2022 Third, etc."] });
    expect(c.outcomes.map((o) => o.text)).toEqual(["First outcome", "Second outcome", "Third, etc."]);
  });

  it("a bullet symbol touching its text (\"\u2022What\")", () => {
    expect(course({ bullets: ["\u2022First outcome"] }).outcomes.map((o) => o.text)).toEqual(["First outcome"]);
  });
});

describe("variant markers", () => {
  it.each([
    ["(2 & 3 day courses only)", [2, 3]],
    ["(2 and 3 day courses only)", [2, 3]],
    ["(2 day course only)", [2]],
    ["(3 day course only)", [3]],
    ["(2-day course only)", [2]],
    ["(2 & 3 Day Courses Only)", [2, 3]],
    ["(1-3 day courses only)", [1, 2, 3]],
  ])("%s -> days %j, removed from the text", (marker, days) => {
    const c = course({ bullets: ["\u2022 First outcome", `\u2022 Second outcome ${marker}`] });
    expect(c.outcomes[1]).toMatchObject({ text: "Second outcome", days });
    expect(c.outcomes[0]?.days).toEqual([1, 2, 3]);
  });

  it("(half day course only) on a half-day-or-one-day course", () => {
    const c = course({
      title: "Course Profile: Safe Practice (Half or 1 Day)",
      bullets: ["\u2022 First outcome (half day course only)", "\u2022 Second outcome"],
    });
    expect(c.duration.days).toEqual([0.5, 1]);
    expect(c.outcomes.map((o) => o.days)).toEqual([[0.5], [0.5, 1]]);
  });

  it("a marker on the wrapped line of an outcome", () => {
    const c = course({ bullets: ["  \u2022 First outcome", "  \u2022 Second outcome in", "    detail (2 & 3 day courses only)"] });
    expect(c.outcomes).toMatchObject([{ text: "First outcome" }, { text: "Second outcome in detail", days: [2, 3] }]);
  });
});

describe("frameworks", () => {
  it.each([
    ["Care certificate: standard 1", { name: "Care certificate", refs: ["1"] }],
    ["Care certificate: Standards 1 and 3", { name: "Care certificate", refs: ["1", "3"] }],
    ["Care certificate: 1, 3, 5, 7", { name: "Care certificate", refs: ["1", "3", "5", "7"] }],
    ["Care Certificate standard 2", { name: "Care Certificate", refs: ["2"] }],
    ["QCF: HSC 025", { name: "QCF", refs: ["HSC 025"] }],
    ["QCF: HSC025, SHC024, M3", { name: "QCF", refs: ["HSC025", "SHC024", "M3"] }],
    ["MIS (2012): 3.2, 5.1.4, 5.3.1, 9.3.3", { name: "MIS (2012)", refs: ["3.2", "5.1.4", "5.3.1", "9.3.3"] }],
    ["Dementia Training Standards Framework: Tier 1 & Tier 2", { name: "Dementia Training Standards Framework", refs: ["Tier 1", "Tier 2"] }],
  ])("%s", (line, framework) => {
    expect(course({ before: ["The course provides some knowledge for", line] }).frameworks).toEqual([framework]);
  });

  it("a second line for the same framework adds its refs", () => {
    const c = course({ before: ["The course provides some knowledge for", "QCF: HSC 025", "QCF: SHC 024, HSC 025"] });
    expect(c.frameworks).toEqual([{ name: "QCF", refs: ["HSC 025", "SHC 024"] }]);
  });
});

describe("methods", () => {
  it.each([
    ["Training methods utilised include: A, B, C and D", ["A", "B", "C", "D"]],
    ["Training methods utilised include: Chalk & Talk and Quiz.", ["Chalk & Talk", "Quiz"]],
    ["Training methods include: Role play, Discussion, and Handouts", ["Role play", "Discussion", "Handouts"]],
    ["Methods: Discussion", ["Discussion"]],
  ])("%s", (line, methods) => {
    expect(course({ after: [line] }).methods).toEqual(methods);
  });

  it("a list wrapped after a comma, and a list given as bullets", () => {
    expect(course({ after: ["Training methods utilised include: Role play,", "Discussion and Quiz"] }).methods).toEqual([
      "Role play", "Discussion", "Quiz",
    ]);
    expect(course({ after: ["Training methods:", "- Role play", "- Quiz"] }).methods).toEqual(["Role play", "Quiz"]);
    expect(course({ after: ["Training methods utilised include: Role play, Trust", "exercises and Quiz"] }).methods).toEqual([
      "Role play", "Trust exercises", "Quiz",
    ]);
  });
});
