import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Course } from "../index.ts";
import { DEFAULT_BRANDING, DEFAULT_SCORM, ID_PATTERN, COURSE_ID_PATTERN, importProfile } from "../index.ts";
import { PROFILES_DIR } from "../../../../tests/fixtures/profiles.ts";

const PROFILES = PROFILES_DIR;

function load(name: string): { course: Course; warnings: readonly unknown[] } {
  const result = importProfile(readFileSync(`${PROFILES}/${name}`), name);
  if (!result.ok) throw new Error(`expected ${name} to import: ${JSON.stringify(result.diagnostics)}`);
  return { course: result.value, warnings: result.warnings };
}

describe("importProfile: Key Working (the real profile)", () => {
  const { course, warnings } = load("key-working.txt");

  it("reads title, id and the 1-3 day duration with no warnings", () => {
    expect(warnings).toEqual([]);
    expect(course.title).toBe("Key Working");
    expect(course.id).toBe("key-working");
    expect(COURSE_ID_PATTERN.test(course.id)).toBe(true);
    expect(course.duration).toEqual({ label: "1-3 Days", days: [1, 2, 3] });
  });

  it("keeps the description paragraph whole, curly apostrophes as written", () => {
    expect(course.description).toHaveLength(1);
    expect(course.description[0]).toMatch(/^The role of the key worker is often misunderstood\. /);
    expect(course.description[0]).toMatch(/the Dignity Do\u2019s, the Code of Conduct/);
    expect(course.description[0]).toMatch(/the organisation\u2019s related policies\.$/);
  });

  it("reads \"standard 1\" as ref \"1\" and keeps \"HSC 025\" as written", () => {
    expect(course.frameworks).toEqual([
      { name: "Care certificate", refs: ["1"] },
      { name: "QCF", refs: ["HSC 025"] },
    ]);
  });

  it("reads audience, statements and methods", () => {
    expect(course.audience).toBe(
      "Health & Support staff working in a range of settings and with diverse service user groups and needs.",
    );
    expect(course.statements).toEqual([
      "The course is set in the context of the Care Act 2014 and supports the Social Care Commitment.",
      "The course will help organisations to meet the CQC Fundamental Standards.",
    ]);
    expect(course.methods).toEqual([
      "Presentations", "Role-play", "Trust exercises", "Word-storming", "Feedback", "Discussion",
      "Tutor presentations", "PowerPoint", "Group work", "DVD", "Handouts",
    ]);
    expect(course.notes).toEqual([]);
  });

  it("reads 29 outcomes, only \"Basic listening skills\" limited to the 2 and 3 day courses", () => {
    expect(course.outcomes).toHaveLength(29);
    const limited = course.outcomes.filter((o) => o.days.join() !== "1,2,3");
    expect(limited).toEqual([{ id: "basic-listening-skills", text: "Basic listening skills", days: [2, 3], content: [] }]);
    expect(course.outcomes[0]).toEqual({ id: "what-is-a-key-worker", text: "What is a key worker", days: [1, 2, 3], content: [] });
    expect(course.outcomes.at(-1)?.text).toBe("How to end the relationship in a healthy way");
  });

  it("folds the no-break space in \"hold \u00a0boundaries\" and keeps curly quotes", () => {
    const texts = course.outcomes.map((o) => o.text);
    expect(texts).toContain("How to establish and hold boundaries");
    expect(texts).toContain(
      "How to maintain a healthy relationship, that the relationship is not personal and that the key worker does not \u2018own\u2019 the service user",
    );
    expect(texts.join(" ")).not.toMatch(/\u00a0| {2}/);
  });

  it("gives every outcome a stable id: a slug of its text, at most 48 characters", () => {
    expect(course.outcomes.map((o) => o.id)).toEqual([
      "what-is-a-key-worker", "different-models-of-key-working", "what-the-key-worker-does-on-an-everyday-basis",
      "how-the-key-worker-needs-to-relate-to-the-rest", "how-the-key-worker-needs-to-relate-to-other",
      "what-the-essential-skills-are-and-what-skills", "the-advantages-to-all-involved-of-a-key-working",
      "the-potential-dangers-in-the-relationship", "how-to-initiate-the-relationship", "the-use-of-key-work-contracts",
      "how-to-maintain-a-healthy-relationship-that-the", "unconscious-processes-that-may-distort-the",
      "how-to-avoid-contamination-in-the-relationship", "how-important-supervision-and-team-meetings-are",
      "how-to-establish-and-hold-boundaries", "what-is-meant-by-person-centred-support-and-how", "basic-listening-skills",
      "the-organisations-confidentiality-policy", "how-to-promote-the-interests-of-the-service-user",
      "the-role-of-advocates-and-what-they-can-do-to", "how-to-embrace-and-celebrate-the-individuality",
      "the-need-to-be-aware-of-the-organisations", "the-workers-role-in-safeguarding",
      "how-to-manage-a-key-worker-meeting-the", "how-to-go-about-arranging-a-review",
      "how-to-lead-the-review-person-centred-reviews", "how-important-it-is-to-record-effectively-and",
      "how-to-link-key-work-to-the-support-plan", "how-to-end-the-relationship-in-a-healthy-way",
    ]);
    for (const o of course.outcomes) {
      expect(o.id).toMatch(ID_PATTERN);
      expect(o.id.length).toBeLessThanOrEqual(48);
    }
  });

  it("fills the authoring fields from the defaults: a completion-only course", () => {
    expect(course.language).toBe("en-GB");
    expect(course.questions).toEqual([]);
    expect(course.assessment).toEqual({ passMark: null, feedback: "per-question", attempts: 0 });
    expect(course.completion).toBe("sections");
    expect(course.scorm).toEqual(DEFAULT_SCORM);
    expect(course.branding).toEqual(DEFAULT_BRANDING);
    expect(course.strings).toEqual({});
  });

  it("gives the same course from the text as from the bytes, and is JSON-serialisable", () => {
    const text = importProfile(readFileSync(`${PROFILES}/key-working.txt`, "utf8"), "key-working.txt");
    expect(text).toEqual({ ok: true, value: course, warnings: [] });
    expect(JSON.parse(JSON.stringify(course))).toEqual(course);
  });
});

describe("importProfile: Relationships with Service Users (the real profile)", () => {
  const { course, warnings } = load("relationships-with-service-users.txt");

  it("reads title, id and the 1 day duration with no warnings", () => {
    expect(warnings).toEqual([]);
    expect(course.title).toBe("Relationships with Service Users");
    expect(course.id).toBe("relationships-with-service-users");
    expect(course.duration).toEqual({ label: "1 Day", days: [1] });
  });

  it("reads the description and splits the context line into one statement per sentence", () => {
    expect(course.description).toHaveLength(1);
    expect(course.description[0]).toMatch(/^Health and Support work involves having close contact/);
    expect(course.description[0]).toMatch(/professional, organisational & legislative guidelines\.$/);
    expect(course.statements).toEqual([
      "The course is informed by the Code of Conduct for Healthcare Support Workers and Adult Social Care Workers in England (Skills for Care and Skills for Health, 2013) and the Criminal Justice Act.",
      "The course is set in the context of the Care Act (2014), supports the Social Care Commitment and will help organisations meet the CQC Fundamental Standards.",
    ]);
  });

  it("reads three frameworks, refs as written", () => {
    expect(course.frameworks).toEqual([
      { name: "Care certificate", refs: ["1", "3", "5", "7"] },
      { name: "QCF", refs: ["HSC025", "SHC024", "M3"] },
      { name: "MIS (2012)", refs: ["3.2", "5.1.4", "5.3.1", "9.3.3"] },
    ]);
  });

  it("reads audience (no full stop in the profile, none added) and methods (\"Chalk & Talk\" stays whole)", () => {
    expect(course.audience).toBe("Health and Care workers in a variety of roles and in diverse settings");
    expect(course.methods).toEqual([
      "Tutor presentations", "PowerPoint", "Large Group Work", "Role Play", "Handouts", "Chalk & Talk",
      "Practice studies", "Small Group Work",
    ]);
    expect(course.notes).toEqual([]);
  });

  it("reads 16 outcomes for the one day, curly quotes kept, duplicate slugs made unique", () => {
    expect(course.outcomes).toHaveLength(16);
    expect(course.outcomes.every((o) => o.days.join() === "1")).toBe(true);
    expect(course.outcomes[0]).toMatchObject({ id: "what-is-meant-by-the-term-professionalism", text: "What is meant by the term \u2018Professionalism\u2019" });
    const consequences = course.outcomes.filter((o) => o.id.startsWith("the-potential-consequences-of-an-inappropriate"));
    expect(consequences.map((o) => o.id)).toEqual([
      "the-potential-consequences-of-an-inappropriate",
      "the-potential-consequences-of-an-inappropriate-2",
    ]);
    expect(course.outcomes.at(-1)?.text).toBe(
      "The organisation\u2019s related policy regarding staff boundaries incl. confidentiality, gifts, loans, service user holidays, outings, staff personal details, staff disclosure etc.",
    );
    expect(new Set(course.outcomes.map((o) => o.id)).size).toBe(16);
  });
});
