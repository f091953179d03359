import { describe, expect, test } from "vitest";
import { ID_PATTERN } from "@coursepack/course-model";
import { fixtureCourse } from "./fixtures.ts";

// The fixture is hand-written JSON cast to Course: these are the invariants the cast takes on trust.
describe("fixture course", () => {
  const c = fixtureCourse;

  test("has 3-4 outcomes with unique, valid ids and content", () => {
    expect(c.outcomes.length).toBeGreaterThanOrEqual(3);
    expect(c.outcomes.length).toBeLessThanOrEqual(4);
    const ids = c.outcomes.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of c.outcomes) {
      expect(o.id).toMatch(ID_PATTERN);
      expect(o.content.length).toBeGreaterThan(0);
    }
  });

  test("covers every question type and a scenario, each tied to a real outcome", () => {
    expect(new Set(c.questions.map((q) => q.type))).toEqual(new Set(["single", "multiple", "true-false"]));
    expect(c.questions.some((q) => q.scenario?.length)).toBe(true);
    for (const q of c.questions) expect(c.outcomes.map((o) => o.id)).toContain(q.outcomeId);
  });

  test("has answer keys the course format allows", () => {
    for (const q of c.questions) {
      const right = q.choices.filter((x) => x.correct).length;
      if (q.type === "multiple") expect(right).toBeGreaterThan(0);
      if (q.type === "multiple") expect(right).toBeLessThan(q.choices.length);
      else expect(right).toBe(1);
      if (q.type === "true-false") expect(q.choices.map((x) => x.id)).toEqual(["true", "false"]);
      expect(q.feedback.correct.length && q.feedback.incorrect.length).toBeGreaterThan(0);
    }
  });
});
