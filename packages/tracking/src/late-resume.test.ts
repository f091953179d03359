import { describe, expect, it } from "vitest";
import { mergeLateResume } from "./late-resume.ts";
import { initialState } from "./state.ts";
import type { SavedProgress } from "./suspend-data.ts";
import { makeCourse } from "./testing/course-fixture.ts";

const course = makeCourse({ outcomes: 3, questionsPerOutcome: 1 });
const [q1, q2, q3] = course.questions;
const held: SavedProgress = {
  sectionsDone: [course.outcomes[0]!.id, course.outcomes[1]!.id],
  answers: { [q1!.id]: [q1!.choices[0]!.id], [q2!.id]: [q2!.choices[1]!.id] },
  attemptsUsed: 0,
  submitted: false,
  completed: false,
  success: "unknown",
  bestCorrect: null,
  bestOutcomeCorrect: {},
};
const fresh = () => initialState(course, 0, null, { completed: false, success: "unknown", location: null });

describe("mergeLateResume: progress the LMS held, read after the page started", () => {
  it("takes in every held section and answer when the learner has done nothing yet", () => {
    const merged = mergeLateResume(course, fresh(), held, { completed: false, success: "unknown" });
    expect(merged.sectionsDone).toEqual(held.sectionsDone);
    expect(Object.keys(merged.answers).sort()).toEqual([q1!.id, q2!.id].sort());
  });

  it("keeps what the learner did meanwhile: their newer answer wins, sections are united", () => {
    const meanwhile = { ...fresh(), sectionsDone: [course.outcomes[2]!.id], answers: { [q2!.id]: { choiceIds: [q2!.choices[0]!.id], correct: true }, [q3!.id]: { choiceIds: [q3!.choices[0]!.id], correct: true } } };
    const merged = mergeLateResume(course, meanwhile, held, { completed: false, success: "unknown" });
    expect(merged.sectionsDone).toEqual(course.outcomes.map((o) => o.id));
    expect(merged.answers[q1!.id]?.choiceIds).toEqual([q1!.choices[0]!.id]);
    expect(merged.answers[q2!.id]?.choiceIds).toEqual([q2!.choices[0]!.id]);
    expect(merged.answers[q3!.id]).toBeDefined();
  });

  it("never loses an earned status or best score", () => {
    const passed: SavedProgress = { ...held, attemptsUsed: 1, submitted: true, completed: true, success: "passed", bestCorrect: 3, bestOutcomeCorrect: { [course.outcomes[0]!.id]: 1 } };
    const merged = mergeLateResume(course, fresh(), passed, { completed: true, success: "passed" });
    expect(merged).toMatchObject({ completed: true, success: "passed", bestCorrect: 3, attemptsUsed: 1, submitted: true });
    expect(merged.bestOutcomeCorrect[course.outcomes[0]!.id]).toBe(1);
  });
});
