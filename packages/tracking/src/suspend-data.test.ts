import { describe, expect, it } from "vitest";
import type { SavedProgress } from "./index.ts";
import { decodeProgress, encodeProgress } from "./index.ts";
import { makeCourse } from "./testing/index.ts";

function fullProgress(course: ReturnType<typeof makeCourse>, attemptsUsed: number): SavedProgress {
  const answers: Record<string, string[]> = {};
  // Every choice picked: the largest bitmask each question can have.
  for (const question of course.questions) answers[question.id] = question.choices.map((choice) => choice.id);
  const bestOutcomeCorrect: Record<string, number> = {};
  for (const outcome of course.outcomes) {
    bestOutcomeCorrect[outcome.id] = course.questions.filter((q) => q.outcomeId === outcome.id).length;
  }
  return {
    sectionsDone: course.outcomes.map((outcome) => outcome.id),
    answers,
    attemptsUsed,
    submitted: true,
    completed: true,
    success: "passed",
    bestCorrect: course.questions.length,
    bestOutcomeCorrect,
  };
}

describe("suspend data codec", () => {
  const course = makeCourse({ outcomes: 7, questionsPerOutcome: 2 });

  it("round-trips sections, answers, attempts, flags and best scores", () => {
    const progress: SavedProgress = {
      sectionsDone: ["outcome-1", "outcome-3", "outcome-7"],
      answers: { "q-1-1": ["b"], "q-1-2": ["a", "c"], "q-2-1": ["false"], "q-7-2": ["d"] },
      attemptsUsed: 2,
      submitted: false,
      completed: true,
      success: "failed",
      bestCorrect: 9,
      bestOutcomeCorrect: { "outcome-1": 2, "outcome-2": 0, "outcome-5": 1 },
    };
    const text = encodeProgress(course, progress);
    expect(text).toMatch(/^v1\|[0-9a-z]+\|[0-9a-z|]*$/);
    expect(decodeProgress(course, text)).toEqual({ ok: true, value: progress });
    // The revision (bumped by retries after a failed save) changes the text, not what it holds.
    const retried = encodeProgress(course, progress, 7);
    expect(retried).not.toBe(text);
    expect(decodeProgress(course, retried)).toEqual({ ok: true, value: progress });
  });

  it("round-trips an empty start", () => {
    const empty: SavedProgress = {
      sectionsDone: [], answers: {}, attemptsUsed: 0, submitted: false, completed: false, success: "unknown",
      bestCorrect: null, bestOutcomeCorrect: {},
    };
    expect(decodeProgress(course, encodeProgress(course, empty))).toEqual({ ok: true, value: empty });
  });

  it.each([
    ["empty", ""],
    ["another tool's data", '{"page":3,"answers":[1,2]}'],
    ["a later format", "v2|abc|1|0|0||0||0"],
    ["a truncated string", "v1|abc|1"],
  ])("refuses %s", (_name, text) => {
    expect(decodeProgress(course, text).ok).toBe(false);
  });

  it("refuses data written for a course of another shape", () => {
    const other = makeCourse({ outcomes: 8, questionsPerOutcome: 2 });
    const text = encodeProgress(other, fullProgress(other, 1));
    expect(decodeProgress(course, text)).toEqual({ ok: false, reason: "written for a different version of this course" });
  });

  it("refuses damaged fields instead of guessing", () => {
    const text = encodeProgress(course, fullProgress(course, 1));
    const fields = text.split("|");
    const damage = (index: number, value: string) => fields.map((f, i) => (i === index ? value : f)).join("|");
    expect(decodeProgress(course, damage(2, "zz")).ok).toBe(false); // sections: wrong length and alphabet
    expect(decodeProgress(course, damage(5, `${fields[5]}0`)).ok).toBe(false); // one answer too many
    expect(decodeProgress(course, damage(5, "z".repeat(14))).ok).toBe(false); // a bitmask beyond the choices
    expect(decodeProgress(course, damage(6, "z")).ok).toBe(false); // best score above the question count
    expect(decodeProgress(course, damage(3, "-1")).ok).toBe(false);
  });
});

describe("suspend data budget (SCORM 1.2: 4096 characters; 2004 3rd edition: 4000)", () => {
  it("fits the largest real course (29 outcomes, 1 question each)", () => {
    const course = makeCourse({ outcomes: 29, questionsPerOutcome: 1, choices: 10, type: "multiple" });
    const text = encodeProgress(course, fullProgress(course, 50));
    expect(text.length).toBeLessThan(200);
    console.info(`suspend_data, 29 outcomes x 1 question x 10 choices, everything answered: ${text.length} characters`);
  });

  it("fits twice the largest real course at its worst: 60 outcomes x 3 questions x 10 choices", () => {
    const course = makeCourse({ outcomes: 60, questionsPerOutcome: 3, choices: 10, type: "multiple", attempts: 0 });
    const worst = fullProgress(course, 999_999);
    const text = encodeProgress(course, worst);
    expect(text.length).toBeLessThanOrEqual(4000);
    expect(decodeProgress(course, text)).toEqual({ ok: true, value: worst });
    console.info(`suspend_data, 60 outcomes x 3 questions x 10 choices, every answer and choice, 999999 attempts: ${text.length} characters`);
  });
});
