import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Course } from "@coursepack/course-model";
import { parseCourseSource, variants } from "@coursepack/course-model";
import type { SavedProgress } from "./index.ts";
import { decodeReport, encodeProgress, fingerprintOf, progressReportText, textFromBytes } from "./index.ts";
import { makeCourse } from "./testing/index.ts";
import { QUIET_LMS, Scorm12API, Scorm2004API } from "./testing/scorm-again.ts";

function realCourse(id: string): Course {
  const file = fileURLToPath(new URL(`../../../courses/${id}/course.yaml`, import.meta.url));
  const parsed = parseCourseSource(readFileSync(file), file);
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  return parsed.value;
}

const relationships = realCourse("relationships-with-service-users");
const keyWorking = realCourse("key-working");
const [outcome1, outcome2, outcome3] = relationships.outcomes.map((o) => o.id);

// Three sections read; outcome 1's two questions answered (one right, one wrong) and one of outcome 2's.
const progress: SavedProgress = {
  sectionsDone: [outcome1, outcome2, outcome3].map(String),
  answers: { "q-professionalism-meaning": ["a"], "q-code-applies": ["true"], "q-like-a-daughter": ["b"] },
  attemptsUsed: 1,
  submitted: false,
  completed: false,
  success: "failed",
  bestCorrect: 20,
  bestOutcomeCorrect: { [String(outcome1)]: 1 },
};
const saved = encodeProgress(relationships, progress, 3);

function report(text: string, course?: Course) {
  const result = decodeReport(text, course ? variants(course) : []);
  if (!result.ok) throw new Error(result.problem.message);
  return result.report;
}

describe("decodeReport with the course", () => {
  it("round-trips the tracker's encoding: sections, answers right or wrong, attempts and scores", () => {
    const r = report(saved, relationships);
    expect(r.match).toBe("course");
    expect(r.format).toBe(1);
    expect(r.course).toEqual({ id: "relationships-with-service-users", title: "Relationships with Service Users", variant: null, passMark: 80, attemptsAllowed: 0 });
    expect(r.sections.total).toBe(16);
    expect(r.sections.done.map((s) => [s.number, s.id])).toEqual([[1, outcome1], [2, outcome2], [3, outcome3]]);
    expect(r.sections.done[0]?.text).toBe("What is meant by the term ‘Professionalism’");
    expect(r.questions).toBe(31);
    expect(r.answers.map((a) => [a.id, a.choices.map((c) => c.id), a.correct])).toEqual([
      ["q-professionalism-meaning", ["a"], true],
      ["q-code-applies", ["true"], false],
      ["q-like-a-daughter", ["b"], false],
    ]);
    expect(r.answers[1]?.choices[0]?.text).toBe("True");
    expect([r.attemptsUsed, r.submitted, r.completed, r.success]).toEqual([1, false, false, "failed"]);
    expect(r.bestScore).toEqual({ correct: 20, total: 31, percent: 64.52 });
    // Per-question feedback: outcome 1's two questions are answered, so its current score is known.
    expect(r.outcomes[0]).toMatchObject({ id: outcome1, questions: 2, bestCorrect: 1, bestPercent: 50, currentPercent: 50 });
    expect(r.outcomes[1]).toMatchObject({ id: outcome2, bestCorrect: null, bestPercent: null });
    expect(r.bookmark).toBeNull();
  });

  it("finds the variant that wrote the data among the course's variants", () => {
    const oneDay = variants(keyWorking)[0];
    if (!oneDay) throw new Error("no variant");
    const text = encodeProgress(oneDay.course, { ...progress, sectionsDone: ["what-is-a-key-worker"], answers: {}, bestCorrect: null, bestOutcomeCorrect: {} });
    const r = report(text, keyWorking);
    expect(r.course).toMatchObject({ id: "key-working", variant: "1 day", attemptsAllowed: 3 });
    expect(r.sections).toEqual({ total: 28, done: [{ number: 1, id: "what-is-a-key-worker", text: "What is a key worker" }] });
  });

  it("says plainly when the course given did not write the data: the usual cause of lost progress", () => {
    // The course republished with one question fewer: the old data no longer fits.
    const changed: Course = { ...relationships, questions: relationships.questions.slice(1) };
    const r = report(saved, changed);
    expect(r.match).toBe("other-course");
    expect(r.course).toBeNull();
    expect(r.courseFingerprints).toEqual([{ variant: null, fingerprint: fingerprintOf(changed) }]);
    expect(r.notes.join(" ")).toContain('not saved by this version of "Relationships with Service Users"');
    expect(r.notes.join(" ")).toContain(`fingerprint is ${fingerprintOf(relationships)}`);
    // Still shown, by position.
    expect(r.sections.done.map((s) => s.number)).toEqual([1, 2, 3]);
  });
});

describe("decodeReport without the course", () => {
  it("reads everything by position", () => {
    const r = report(saved);
    expect(r.match).toBe("no-course");
    expect(r.fingerprint).toBe(fingerprintOf(relationships));
    expect(r.sections).toEqual({ total: 16, done: [1, 2, 3].map((number) => ({ number, id: null, text: null })) });
    expect(r.questions).toBe(31);
    expect(r.answers.map((a) => [a.number, a.choices.map((c) => c.id), a.correct])).toEqual([[1, ["a"], null], [2, ["a"], null], [3, ["b"], null]]);
    expect(r.bestScore).toEqual({ correct: 20, total: 31, percent: 64.52 });
    expect(r.outcomes).toHaveLength(16);
    expect(r.outcomes[0]).toMatchObject({ number: 1, bestCorrect: 1, bestPercent: null });
    expect([r.attemptsUsed, r.success]).toEqual([1, "failed"]);
  });
});

describe("decodeReport from LMS exports", () => {
  it("reads scorm-again's SCORM 1.2 JSON export, with the bookmark and what the LMS holds", () => {
    const api = new Scorm12API(QUIET_LMS);
    api.LMSInitialize("");
    api.LMSSetValue("cmi.core.lesson_location", String(outcome2));
    api.LMSSetValue("cmi.core.lesson_status", "incomplete");
    api.LMSSetValue("cmi.core.exit", "suspend");
    api.LMSSetValue("cmi.suspend_data", saved);
    const r = report(JSON.stringify(api.renderCMIToJSONObject()), relationships);
    expect(r.source).toBe("json-export");
    expect(r.answers).toHaveLength(3);
    expect(r.bookmark).toEqual({ location: outcome2, page: `section 2: ${relationships.outcomes[1]?.text}` });
    expect(r.lms).toMatchObject({ version: "1.2", status: "incomplete", exit: "suspend" });
    expect(r.notes).toEqual([]);
  });

  it("reads scorm-again's SCORM 2004 JSON export and warns when the attempt will not resume", () => {
    const api = new Scorm2004API(QUIET_LMS);
    api.Initialize("");
    api.SetValue("cmi.location", "welcome");
    api.SetValue("cmi.completion_status", "incomplete");
    api.SetValue("cmi.success_status", "failed");
    api.SetValue("cmi.exit", "normal");
    api.SetValue("cmi.suspend_data", saved);
    const exported = api.renderCMIToJSONObject() as { cmi: object };
    // The same data without the `cmi` wrapper, as some LMSs export it.
    const r = report(JSON.stringify(exported.cmi), relationships);
    expect(r.bookmark).toEqual({ location: "welcome", page: "the welcome page" });
    expect(r.lms).toMatchObject({ version: "2004", status: "incomplete", success: "failed", exit: "normal" });
    expect(r.notes.join(" ")).toContain('exit = "normal", not "suspend"');
  });

  it("reads flattened JSON and a JSON-quoted string", () => {
    const flat = JSON.stringify({ "cmi.suspend_data": saved, "cmi.core.lesson_location": "results" });
    expect(report(flat).bookmark).toEqual({ location: "results", page: "the results page" });
    expect(report(JSON.stringify(saved)).source).toBe("suspend-data");
  });

  it("reads element,value rows: CSV with quotes and extra columns, semicolons, tabs", () => {
    const csv = `id,userid,element,value\r\n1,7,cmi.core.lesson_status,incomplete\r\n2,7,cmi.suspend_data,"${saved}"\r\n3,7,cmi.core.lesson_location,"${outcome1}"\r\n`;
    const r = report(csv, relationships);
    expect(r.source).toBe("element-list");
    expect(r.lms).toMatchObject({ version: "1.2", status: "incomplete", location: outcome1 });
    expect(r.answers).toHaveLength(3);
    expect(report(`cmi.suspend_data;${saved}\ncmi.location;assessment`).bookmark?.location).toBe("assessment");
    expect(report(`cmi.suspend_data\t${saved}`).sections.done).toHaveLength(3);
  });

  it("shows the last of several suspend_data rows and says so", () => {
    const first = encodeProgress(relationships, { ...progress, sectionsDone: [] });
    const r = report(`cmi.suspend_data,${first}\ncmi.suspend_data,${saved}\n`, relationships);
    expect(r.sections.done).toHaveLength(3);
    expect(r.notes[0]).toContain("2 suspend_data rows");
  });

  it("reads UTF-16 text with a byte order mark (Excel's Unicode text)", () => {
    const text = `cmi.suspend_data\t${saved}`;
    const bytes = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(report(textFromBytes(bytes)).sections.done).toHaveLength(3);
  });
});

describe("decodeReport refuses what it cannot read, clearly", () => {
  function problem(text: string, course?: Course) {
    const result = decodeReport(text, course ? variants(course) : []);
    if (result.ok) throw new Error("decoded garbage");
    expect(result.problem.expected).toContain("v1|");
    // eslint-disable-next-line no-control-regex
    expect(result.problem.found).not.toMatch(/[\u0000-\u001f\u007f\u202e]/);
    return result.problem;
  }

  it.each([
    ["an empty string", "", /input is empty/],
    ["blank lines", "\n  \n", /input is empty/],
    ["another tool's JSON suspend data", '{"page":3,"answers":[1,2]}', /JSON with no suspend_data/],
    ["another tool's packed suspend data", "2i4a6b8c0d2e4f6g8h0i2j4k6l8m0n2o4p6q8r0s", /not coursepack progress data: it looks like another authoring tool's/],
    ["a later format", "v2|abc|1|0|0||0||0", /format 2; this coursepack reads format 1/],
    ["truncated data", saved.slice(0, 12), /cut short: it has 3 of the 9 parts/],
    ["a damaged part", saved.split("|").map((f, i) => (i === 2 ? "!!" : f)).join("|"), /sections part, "!!"/],
    ["broken JSON", '{"cmi": {"suspend_data": "v1|', /looks like JSON but cannot be read/],
    ["a CSV without suspend data", "element,value\ncmi.core.lesson_status,incomplete\n", /no `cmi.suspend_data` row/],
    ["an export with empty suspend data", JSON.stringify({ cmi: { suspend_data: "", core: { lesson_status: "incomplete" } } }), /empty suspend_data/],
  ])("%s", (_name, text, message) => {
    expect(problem(text).message).toMatch(message);
  });

  it("random bytes: not text", () => {
    let seed = 7;
    const bytes = Uint8Array.from({ length: 300 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256);
    const found = problem(textFromBytes(bytes));
    expect(found.message).toMatch(/not text: it looks like binary data/);
    expect(found.found).toMatch(/^".{1,400}"… \(\d+ characters in all\)$/);
  });

  it("shows the first characters safely: control and bidirectional characters escaped", () => {
    const found = problem("abc\u202edef, \u001b[31mred");
    expect(found.found).toBe('"abc\\u{202e}def, \\u{1b}[31mred" (17 characters)');
  });

  it("data that fits the course's shape but holds impossible values", () => {
    const fields = saved.split("|");
    fields[7] = `9${fields[7]?.slice(1)}`; // outcome 1: best 8 right of its 2 questions
    expect(problem(fields.join("|"), relationships).message).toMatch(/written for this course but is damaged: a score is out of range/);
  });
});

describe("progressReportText", () => {
  it("puts the report in plain words", () => {
    const text = progressReportText(report(saved, relationships));
    expect(text).toContain("Course:       Relationships with Service Users (relationships-with-service-users)");
    expect(text).toContain("Sections:     3 of 16 done");
    expect(text).toContain("Answers:      3 of 31 questions answered, 1 right");
    expect(text).toContain('chose true "True": wrong');
    expect(text).toContain("Attempts:     1 used of no limit");
    expect(text).toContain("Score:        best 64.52% (20 of 31 right); pass mark 80%");
    expect(text).toContain("What is meant by the term ‘Professionalism’: 50% (1 of 2 right); this attempt 50%");
    expect(text).toContain("Bookmark:     not in suspend data");
  });

  it("says what is missing without the course", () => {
    const text = progressReportText(report(saved));
    expect(text).toContain(`Course:       not given; course fingerprint ${fingerprintOf(relationships)}`);
    expect(text).toContain("question 2\n                    chose a\n");
    expect(text).toContain(" 1. outcome 1: 1 right");
  });
});

describe("reading by position agrees with the codec", () => {
  it("on many random progresses of fixture courses (up to 5 choices a question)", () => {
    let seed = 11;
    const random = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let round = 0; round < 50; round++) {
      const course = makeCourse({ outcomes: 1 + random(12), questionsPerOutcome: 1 + random(3), choices: 2 + random(4) });
      const answers: Record<string, string[]> = {};
      for (const q of course.questions) if (random(2)) answers[q.id] = q.choices.filter(() => random(2)).map((c) => c.id);
      const bestOutcomeCorrect: Record<string, number> = {};
      for (const o of course.outcomes) if (random(2)) bestOutcomeCorrect[o.id] = random(course.questions.filter((q) => q.outcomeId === o.id).length + 1);
      const sectionsDone = course.outcomes.filter(() => random(2)).map((o) => o.id);
      const text = encodeProgress(course, { sectionsDone, answers, attemptsUsed: random(5), submitted: true, completed: false, success: "unknown", bestCorrect: random(2) ? null : random(course.questions.length + 1), bestOutcomeCorrect });
      const r = report(text);
      const at = (id: string) => course.outcomes.findIndex((o) => o.id === id) + 1;
      expect(r.sections).toEqual({ total: course.outcomes.length, done: sectionsDone.map((id) => ({ number: at(id), id: null, text: null })) });
      expect(r.answers.map((a) => [a.number, a.choices.map((c) => c.id)])).toEqual(
        course.questions.flatMap((q, i) => (answers[q.id]?.length ? [[i + 1, answers[q.id]?.map((id) => (q.type === "true-false" ? (id === "true" ? "a" : "b") : id))]] : [])),
      );
      expect(r.outcomes.map((o) => o.bestCorrect)).toEqual(course.outcomes.map((o) => bestOutcomeCorrect[o.id] ?? null));
      expect(r.questions).toBe(course.questions.length);
    }
  });
});
