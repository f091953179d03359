import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_BRANDING, DEFAULT_SCORM, parseCourseSource } from "@coursepack/course-model";
import type { Course, Result } from "@coursepack/course-model";

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function course(result: Result<Course>): Course {
  if (!result.ok) throw new Error(`expected a course, got:\n${result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join("\n")}`);
  return result.value;
}

describe("parseCourseSource: a valid course", () => {
  const assets = new Set(["images/meeting.png", "images/logo.png"]);
  const full = course(parseCourseSource(fixture("full.course.yaml"), "full.course.yaml", { assetExists: (p) => assets.has(p) }));

  it("reads the course's own keys", () => {
    expect(full).toMatchObject({
      id: "key-working",
      title: "Key Working",
      duration: { label: "1-3 Days", days: [1, 2, 3] },
      audience: "Health & Support staff working in a range of settings.",
      frameworks: [
        { name: "Care certificate", refs: ["1", "3"] },
        { name: "QCF", refs: ["HSC 025"] },
      ],
      statements: ["The course will help organisations to meet the CQC Fundamental Standards."],
      methods: ["Presentations", "Role-play"],
      notes: ["A line the importer could not place."],
      language: "en-GB",
      assessment: { passMark: 75, feedback: "end", attempts: 3 },
      completion: "assessment",
      scorm: ["1.2", "2004-4"],
      strings: { next: "Carry on" },
    });
    expect(full.description[0]).toMatch(/^The role of the key worker .* Person Centred way\.$/);
  });

  it("gives outcomes their days, the course's days by default", () => {
    expect(full.outcomes.map((o) => [o.id, o.days])).toEqual([
      ["what-is-a-key-worker", [1, 2, 3]],
      ["holding-boundaries", [2, 3]],
    ]);
  });

  it("turns content into blocks", () => {
    const types = full.outcomes[0]!.content.map((b) => b.t);
    expect(types).toEqual(["p", "h", "ul", "quote", "img", "p"]);
    expect(full.outcomes[0]!.content[4]).toEqual({ t: "img", src: "images/meeting.png", alt: "A key worker and Sam talking" });
    expect(full.outcomes[1]!.content[0]).toEqual({ t: "h", level: 4, c: [{ t: "text", v: "Gifts" }] });
  });

  it("gives choices ids by position and true-false questions two choices", () => {
    const [single, multiple, trueFalse] = full.questions;
    expect(single).toMatchObject({ id: "q-key-worker-role", outcomeId: "what-is-a-key-worker", type: "single", prompt: "Who is Alex accountable to?" });
    expect(single!.choices.map((c) => [c.id, c.correct])).toEqual([["a", true], ["b", false], ["c", false]]);
    expect(single!.scenario?.[0]?.t).toBe("p");
    expect(multiple!.choices.filter((c) => c.correct).map((c) => c.id)).toEqual(["a", "b"]);
    expect(multiple).not.toHaveProperty("scenario");
    expect(trueFalse!.choices).toEqual([
      { id: "true", text: "True", correct: false },
      { id: "false", text: "False", correct: true },
    ]);
    expect(trueFalse!.feedback.correct).toEqual([{ t: "p", c: [{ t: "text", v: "Right: check the policy." }] }]);
  });

  it("fills branding from the defaults, key by key", () => {
    expect(full.branding).toEqual({
      organisation: "Example Care",
      colours: { ...DEFAULT_BRANDING.colours, primary: "#22457a", text: "#111111" },
      logo: "images/logo.png",
    });
  });

  it("has no warnings for a clean course", () => {
    const result = parseCourseSource(fixture("full.course.yaml"), "full.course.yaml");
    expect(result.ok && result.warnings).toEqual([]);
  });
});

describe("parseCourseSource: defaults", () => {
  const minimal = course(parseCourseSource(fixture("minimal.course.yaml"), "minimal.course.yaml"));

  it("fills every optional key from defaults.ts", () => {
    expect(minimal).toEqual({
      id: "relationships-with-service-users",
      title: "Relationships with Service Users",
      duration: { label: "1 Day", days: [1] },
      description: ["Health and Support work involves close contact with adults receiving care and support."],
      frameworks: [],
      audience: "",
      statements: [],
      outcomes: [{ id: "professionalism", text: "What is meant by the term ‘Professionalism’", days: [1], content: [] }],
      methods: [],
      notes: [],
      language: "en-GB",
      questions: [],
      assessment: { passMark: null, feedback: "per-question", attempts: 0 },
      completion: "sections",
      scorm: DEFAULT_SCORM,
      branding: DEFAULT_BRANDING,
      strings: {},
    } satisfies Course);
  });

  it("assesses a course with questions: pass mark 80, sections and assessment", () => {
    const text = `${fixture("minimal.course.yaml")}questions:
  - id: q1
    outcome: professionalism
    type: true-false
    prompt: Professionalism is only about dress.
    answer: false
    feedback: { correct: Right., incorrect: It is about conduct. }
`;
    const withQuestions = course(parseCourseSource(text, "c.yaml"));
    expect(withQuestions.assessment).toEqual({ passMark: 80, feedback: "per-question", attempts: 0 });
    expect(withQuestions.completion).toBe("sections-and-assessment");
  });

  it("accepts bytes, with or without a byte order mark, and trims text", () => {
    const bytes = new TextEncoder().encode(`\uFEFFtitle: "  Spaced  "\nduration: Half Day\ndescription: []\noutcomes:\n  - { id: a, text: A }\n`);
    const parsed = course(parseCourseSource(bytes, "c.yaml"));
    expect(parsed.title).toBe("Spaced");
    expect(parsed.duration.days).toEqual([0.5]);
  });
});
