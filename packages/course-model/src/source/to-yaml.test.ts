import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { courseToYaml, importProfile, parseCourseSource, SCHEMA_COMMENT } from "@coursepack/course-model";
import type { Course, Result } from "@coursepack/course-model";
import { course as baseCourse } from "./test-helpers.ts";
import { PROFILES_DIR } from "../../../../tests/fixtures/profiles.ts";

const root = new URL("../../../../", import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function value(result: Result<Course>): Course {
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join("\n"));
  return result.value;
}

/** The property: a Course read from source, written back and read again, is the same Course. */
function roundTrip(c: Course): Course {
  return value(parseCourseSource(courseToYaml(c), "written.yaml"));
}

describe("courseToYaml", () => {
  const full = value(parseCourseSource(fixture("full.course.yaml"), "full.course.yaml"));

  it("starts with the schema line editors read", () => {
    expect(courseToYaml(full).split("\n")[0]).toBe("# yaml-language-server: $schema=../../schema/course.schema.json");
    expect(SCHEMA_COMMENT).toBe("# yaml-language-server: $schema=../../schema/course.schema.json");
  });

  it("writes keys in a readable order", () => {
    const keys = courseToYaml(full)
      .split("\n")
      .filter((line) => /^[a-z_]+:/.test(line))
      .map((line) => line.split(":")[0]);
    expect(keys).toEqual(["id", "title", "duration", "description", "audience", "frameworks", "statements", "methods", "outcomes", "questions", "assessment", "completion", "scorm", "branding", "strings", "notes"]);
  });

  it("leaves defaults out, so a course only says what it chose", () => {
    const minimal = value(parseCourseSource(fixture("minimal.course.yaml"), "minimal.course.yaml"));
    const yaml = courseToYaml(minimal);
    for (const key of ["language", "assessment", "completion", "scorm", "branding", "strings", "questions", "days", "content"]) {
      expect(yaml, key).not.toMatch(new RegExp(`^\\s*${key}:`, "m"));
    }
  });

  it("writes Markdown as | blocks, long text folded, day lists on one line", () => {
    const yaml = courseToYaml(full);
    expect(yaml).toMatch(/^ {4}content: \|-\n {6}A \*\*key worker\*\* is/m);
    expect(yaml).toMatch(/^ {2}- >-\n {4}The role of the key worker/m);
    expect(yaml).toContain("    days: [2, 3]\n");
    expect(yaml).toContain("      - Meets the person *every week*\n      - Keeps the support plan up to date\n        1. reads it\n");
  });

  it("writes true-false questions with `answer` and choices with `correct` only when true", () => {
    const yaml = courseToYaml(full);
    expect(yaml).toContain("    answer: false\n");
    expect(yaml).toContain("      - text: Only Sam\n");
    expect(yaml).not.toContain("correct: false");
  });

  it("says once, above the outcomes, where teaching goes in a course fresh from a profile", () => {
    const minimal = value(parseCourseSource(fixture("minimal.course.yaml"), "minimal.course.yaml"));
    const yaml = courseToYaml(minimal);
    expect(yaml).toMatch(/# Give each outcome a `content:` block.*\n# Add `questions:`.*\noutcomes:/);
    expect(yaml).not.toMatch(/TODO/i);
    expect(courseToYaml(full)).not.toContain("# Give each outcome");
  });
});

describe("parseCourseSource(courseToYaml(c)) equals c", () => {
  it.each(["full.course.yaml", "minimal.course.yaml"])("for the fixture %s", (name) => {
    const c = value(parseCourseSource(fixture(name), name));
    expect(roundTrip(c)).toEqual(c);
  });

  it("for the test base course and its variations", () => {
    const variations = [
      baseCourse(),
      baseCourse({}, ["assessment:", "  pass_mark: null", "completion: sections", "language: cy", 'scorm: ["2004-4"]']),
      baseCourse({}, ["branding:", "  organisation: Care & Co", "  colours: { accent: '#005a5a', background: '#fafafa' }", "strings: { next: 'Next: go', back: '#1' }"]),
      baseCourse({ 14: '    prompt: "Quoted: text, with # and - signs"\n    scenario: "> a quote\\n\\n1. one\\n2. two"' }),
    ];
    for (const text of variations) {
      const c = value(parseCourseSource(text, "course.yaml"));
      expect(roundTrip(c)).toEqual(c);
    }
  });

  const tricky = [
    "yes", "null", "~", "2024", "1.2", "0x1F", "true", "#hash", "- dash", "key: value", "[brackets]", "{braces}",
    "'single' and \"double\" quotes", "*star", "&anchor", "!tag", "% percent", "@at", "`tick", "a # comment?",
    "Emoji 🙂 and ‘curly’ quotes", "line one\nline two", `${"A long sentence, with: colons and # signs. ".repeat(6).trim()}`,
  ];
  it.each(tricky)("for text that YAML could misread: %j", (v) => {
    const base = value(parseCourseSource(baseCourse(), "course.yaml"));
    const c = {
      ...base,
      title: v.slice(0, 200),
      description: [v],
      statements: [v],
      frameworks: [{ name: v, refs: [v] }],
      questions: base.questions.map((q) => ({ ...q, prompt: v, choices: q.choices.map((ch) => ({ ...ch, text: q.type === "true-false" ? ch.text : v })) })),
      strings: { [v]: v },
    };
    expect(roundTrip(c)).toEqual(c);
  });

  it.each(["key-working", "relationships-with-service-users"])("for the course imported from the real %s profile", (name) => {
    const file = `${PROFILES_DIR}/${name}.txt`;
    const imported = value(importProfile(readFileSync(file), file));
    expect(roundTrip(imported)).toEqual(imported);
  });

  it("for every profile fixture the importer accepts", () => {
    const dir = new URL("../profile/fixtures/", import.meta.url);
    const imported = readdirSync(dir).flatMap((name) => {
      const result = importProfile(readFileSync(new URL(name, dir)), name);
      return result.ok ? [result.value] : [];
    });
    expect(imported.length).toBeGreaterThan(3);
    for (const c of imported) expect(roundTrip(c), c.id).toEqual(c);
  });

  const courses = existsSync(new URL("courses/", root)) ? readdirSync(new URL("courses/", root)).filter((d) => existsSync(new URL(`courses/${d}/course.yaml`, root))) : [];
  it.each(courses)("for courses/%s/course.yaml", (name) => {
    const file = new URL(`courses/${name}/course.yaml`, root);
    const c = value(parseCourseSource(readFileSync(file), `courses/${name}/course.yaml`));
    expect(roundTrip(c)).toEqual(c);
  });
});
