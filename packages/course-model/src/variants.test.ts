import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Course, LearningOutcome, Question } from "./index.ts";
import { importProfile, variants } from "./index.ts";
import { PROFILES_DIR } from "../../../tests/fixtures/profiles.ts";

function imported(text: string | Uint8Array): Course {
  const result = importProfile(text, "p.txt");
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.value;
}

function question(id: string, outcomeId: string): Question {
  return {
    id, outcomeId, type: "true-false", prompt: `About ${outcomeId}?`,
    choices: [{ id: "true", text: "True", correct: true }, { id: "false", text: "False", correct: false }],
    feedback: { correct: [], incorrect: [] },
  };
}

/** A course with the given day counts and, per outcome, the day counts it is taught on. */
function courseWith(days: number[], outcomeDays: number[][]): Course {
  const base = imported("Course Profile: Base (1 Day)\nLearning outcomes\n\u2022 One");
  const outcomes: LearningOutcome[] = outcomeDays.map((d, i) => ({ id: `o${i + 1}`, text: `Outcome ${i + 1}`, days: d, content: [] }));
  return { ...base, duration: { label: "any", days }, outcomes };
}

describe("variants", () => {
  const keyWorking = imported(readFileSync(`${PROFILES_DIR}/key-working.txt`));

  it("Key Working: a 1-day variant of 28 outcomes and a 2-3-days variant of 29", () => {
    const list = variants(keyWorking);
    expect(list.map((v) => [v.key, v.label, v.days, v.course.outcomes.length])).toEqual([
      ["1-day", "1 day", [1], 28],
      ["2-3-days", "2-3 days", [2, 3], 29],
    ]);
    expect(list[0]?.course.outcomes.map((o) => o.id)).not.toContain("basic-listening-skills");
    expect(list[1]?.course.outcomes).toEqual(keyWorking.outcomes);
  });

  it("keeps only the questions tagged to the variant's outcomes, the rest of the course unchanged", () => {
    const course = { ...keyWorking, questions: [question("q1", "what-is-a-key-worker"), question("q2", "basic-listening-skills")] };
    const [oneDay, longer] = variants(course);
    expect(oneDay?.course.questions.map((q) => q.id)).toEqual(["q1"]);
    expect(longer?.course.questions.map((q) => q.id)).toEqual(["q1", "q2"]);
    const { outcomes: _o, questions: _q, ...rest } = oneDay?.course ?? course;
    const { outcomes: _o2, questions: _q2, ...original } = course;
    expect(rest).toEqual(original);
  });

  it("a course whose outcomes all cover every day count: one variant, key and label null, the course itself", () => {
    const relationships = imported(readFileSync(`${PROFILES_DIR}/relationships-with-service-users.txt`));
    expect(variants(relationships)).toEqual([{ key: null, label: null, days: [1], course: relationships }]);
    const allDays = courseWith([1, 2, 3], [[1, 2, 3], [1, 2, 3]]);
    expect(variants(allDays)).toEqual([{ key: null, label: null, days: [1, 2, 3], course: allDays }]);
  });

  it("half day: key \"half-day\", label \"Half day\"", () => {
    const list = variants(courseWith([0.5, 1], [[0.5, 1], [1]]));
    expect(list.map((v) => [v.key, v.label, v.days, v.course.outcomes.map((o) => o.id)])).toEqual([
      ["half-day", "Half day", [0.5], ["o1"]],
      ["1-day", "1 day", [1], ["o1", "o2"]],
    ]);
  });

  it.each<[number[], number[][], [string, string, number[]][]]>([
    [[1, 2, 3], [[1, 2, 3], [3]], [["1-2-days", "1-2 days", [1, 2]], ["3-days", "3 days", [3]]]],
    [[1, 2, 3], [[1, 2, 3], [2]], [["1-day-and-3-days", "1 day & 3 days", [1, 3]], ["2-days", "2 days", [2]]]],
    [[1, 2, 3], [[1], [2], [3]], [["1-day", "1 day", [1]], ["2-days", "2 days", [2]], ["3-days", "3 days", [3]]]],
  ])("days %j with outcome days %j", (days, outcomeDays, expected) => {
    const list = variants(courseWith(days, outcomeDays));
    expect(list.map((v) => [v.key, v.label, v.days])).toEqual(expected);
    for (const v of list) expect(v.key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("gives no variant for a day count with no outcomes", () => {
    expect(variants(courseWith([1, 2], [[2]])).map((v) => v.key)).toEqual(["2-days"]);
  });
});
