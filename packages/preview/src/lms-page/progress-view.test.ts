import { describe, expect, test } from "vitest";
import { encodeProgress } from "@coursepack/tracking";
import { makeCourse } from "@coursepack/tracking/testing";
import { readProgress } from "./progress-view.ts";

const course = makeCourse({ outcomes: 3, questionsPerOutcome: 1, type: "single", passMark: 80 });

describe("readProgress", () => {
  test("suspend_data in the course's own words: sections, answers right or wrong, attempts, best score", () => {
    const text = encodeProgress(course, {
      sectionsDone: ["outcome-1", "outcome-2"],
      answers: { "q-1-1": ["b"], "q-2-1": ["a"] },
      attemptsUsed: 1, submitted: true, completed: false, success: "failed", bestCorrect: 1, bestOutcomeCorrect: { "outcome-1": 1 },
    });
    const view = readProgress(course, text);
    expect(view.state).toBe("ok");
    expect(view.sections).toEqual([course.outcomes[0]!.text, course.outcomes[1]!.text]);
    expect(view.answers).toEqual([
      { question: course.questions[0]!.prompt, answer: "Choice b", correct: true },
      { question: course.questions[1]!.prompt, answer: "Choice a", correct: false },
    ]);
    expect(Object.fromEntries(view.facts.map((f) => [f.label, f.value]))).toMatchObject({
      "Sections done": "2 of 3", "Questions answered": "2 of 3", "Knowledge check submissions": "1", Result: "failed", "Best score": "1 of 3 right",
    });
  });

  test("nothing saved, and data that is not this course's, are said plainly", () => {
    expect(readProgress(course, "")).toMatchObject({ state: "empty", message: "Nothing saved yet." });
    const other = encodeProgress(makeCourse({ outcomes: 2 }), { sectionsDone: [], answers: {}, attemptsUsed: 0, submitted: false, completed: false, success: "unknown", bestCorrect: null, bestOutcomeCorrect: {} });
    expect(readProgress(course, other)).toMatchObject({ state: "unreadable", message: expect.stringContaining("different version of this course") });
    expect(readProgress(course, "garbage")).toMatchObject({ state: "unreadable" });
  });
});
