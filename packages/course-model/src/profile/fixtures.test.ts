import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Course, Diagnostic } from "../index.ts";
import { importProfile } from "../index.ts";

// Profiles in house styles the two real ones do not show: line endings, bullets, durations, encodings.
const FIXTURES = new URL("./fixtures/", import.meta.url);

function bytes(name: string): Buffer {
  return readFileSync(new URL(name, FIXTURES));
}

function load(name: string): { course: Course; warnings: readonly Diagnostic[] } {
  const result = importProfile(bytes(name), name);
  if (!result.ok) throw new Error(`expected ${name} to import: ${JSON.stringify(result.diagnostics)}`);
  return { course: result.value, warnings: result.warnings };
}

const texts = (course: Course): string[] => course.outcomes.map((o) => o.text);

describe("fixture profiles", () => {
  it("CRLF, \"-\" bullets, a two-day course, other frameworks and an Oxford-comma methods list", () => {
    expect(bytes("crlf-dash-bullets.txt").includes("\r\n")).toBe(true);
    const { course, warnings } = load("crlf-dash-bullets.txt");
    expect(warnings).toEqual([]);
    expect(course.title).toBe("Moving and Handling People");
    expect(course.duration).toEqual({ label: "2 Days", days: [2] });
    expect(course.frameworks).toEqual([
      { name: "Care certificate", refs: ["13", "15"] },
      { name: "Level 2 Diploma in Care", refs: ["201", "203"] },
    ]);
    expect(course.audience).toBe("care staff who help people to move.");
    expect(texts(course)).toEqual(["The law on moving and handling", "How the spine works", "Risk assessment"]);
    expect(course.outcomes.map((o) => o.days)).toEqual([[2], [2], [2]]);
    expect(course.methods).toEqual(["Demonstration", "Practice", "Case studies", "Quiz"]);
    expect(course.description.join("")).not.toMatch(/\r/);
  });

  it("lone CR line ends, \"*\" bullets, a half-day course with a half-day marker", () => {
    const raw = bytes("lone-cr-star-bullets.txt");
    expect(raw.includes("\r")).toBe(true);
    expect(raw.includes("\n")).toBe(false);
    const { course, warnings } = load("lone-cr-star-bullets.txt");
    expect(warnings).toEqual([]);
    expect(course.title).toBe("Handwashing");
    expect(course.duration).toEqual({ label: "Half Day", days: [0.5] });
    expect(texts(course)).toEqual(["When to wash hands", "How to wash hands", "Choosing gloves"]);
    expect(course.outcomes.every((o) => o.days.join() === "0.5")).toBe(true);
    expect(course.methods).toEqual(["Demonstration", "Practice"]);
  });

  it("numbered and lettered bullets under deep tab indentation, a wrapped outcome, \"1 - 2 days\"", () => {
    const { course, warnings } = load("numbered-deep-indent.txt");
    expect(warnings).toEqual([]);
    expect(course.duration).toEqual({ label: "1 - 2 days", days: [1, 2] });
    expect(course.frameworks).toEqual([
      { name: "Care certificate", refs: ["12"] },
      { name: "QCF", refs: ["HSC 2028"] },
    ]);
    expect(course.outcomes.map((o) => [o.text, o.days])).toEqual([
      ["Priorities at an emergency", [1, 2]],
      ["The recovery position and when to use it with a person who is unconscious but breathing", [1, 2]],
      ["Cardiopulmonary resuscitation", [2]],
      ["Choking", [1, 2]],
    ]);
    expect(course.methods).toEqual(["Practice on manikins", "Discussion", "Handouts"]);
  });

  it("a duration on its own \"Duration:\" line and \"2 and 3\" / \"3 day\" markers", () => {
    const { course, warnings } = load("duration-line.txt");
    expect(warnings).toEqual([]);
    expect(course.title).toBe("Dementia Awareness");
    expect(course.id).toBe("dementia-awareness");
    expect(course.duration).toEqual({ label: "2-3 Days", days: [2, 3] });
    expect(course.outcomes.map((o) => [o.id, o.days])).toEqual([
      ["what-dementia-is", [2, 3]],
      ["communication-and-dementia", [2, 3]],
      ["life-story-work", [3]],
    ]);
  });

  it("a UTF-8 BOM, no-break spaces folded, curly quotes kept, en-dash and bullet-tab bullets", () => {
    const raw = bytes("bom-nbsp-curly.txt");
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(raw.toString("utf8")).toContain("\u00a0");
    const { course, warnings } = load("bom-nbsp-curly.txt");
    expect(warnings).toEqual([]);
    expect(course.title).toBe("Boundaries at Work");
    expect(course.id).toBe("boundaries-at-work");
    expect(course.description).toEqual(["Knowing how to behave at work is based on more than \u201ccommon sense\u201d."]);
    expect(course.audience).toBe("all staff.");
    expect(texts(course)).toEqual([
      "How to establish and hold boundaries",
      "What is meant by the term \u2018Professionalism\u2019",
      "The organisation\u2019s \u201cgifts\u201d policy",
    ]);
    expect(course.outcomes.map((o) => o.id)).toEqual([
      "how-to-establish-and-hold-boundaries", "what-is-meant-by-the-term-professionalism", "the-organisations-gifts-policy",
    ]);
    expect(JSON.stringify(course)).not.toMatch(/\u00a0|\ufeff/);
  });

  it("a profile with no heading line, frameworks, audience, statements or methods", () => {
    const { course, warnings } = load("minimal.txt");
    expect(warnings).toEqual([]);
    expect(course).toMatchObject({
      id: "fire-safety", title: "Fire Safety", duration: { label: "1 Day", days: [1] }, frameworks: [], audience: "",
      statements: [], methods: [], notes: [], description: ["What every worker needs to know about fire in a care home."],
    });
    expect(texts(course)).toEqual(["How fires start", "What to do when the alarm sounds"]);
  });

  it("keeps lines it cannot place in notes with a CP120 warning each; joins a wrapped paragraph", () => {
    const { course, warnings } = load("unplaceable.txt");
    expect(course.notes).toEqual(["Acme Care Training Ltd", "Certificate of attendance issued on completion"]);
    expect(warnings.map((w) => [w.code, w.severity, w.file, w.line])).toEqual([
      ["CP120", "warning", "unplaceable.txt", 1],
      ["CP120", "warning", "unplaceable.txt", 9],
    ]);
    expect(warnings.every((w) => w.hint)).toBe(true);
    expect(course.description).toEqual([
      "Infection prevention and control for care workers, covering the chain of infection and how to break it at every link.",
    ]);
    expect(texts(course)).toEqual(["The chain of infection", "Standard precautions"]);
    expect(course.methods).toEqual(["Demonstration", "Quiz"]);
  });
});
