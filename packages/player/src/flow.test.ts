import { describe, expect, test } from "vitest";
import type { Course } from "@coursepack/course-model";
import * as flow from "./flow.ts";
import { FakeTracker, emptySnapshot } from "./testing/fake-tracker.ts";
import { completionOnlyCourse, endModeCourse, fixtureCourse, rightAnswer } from "./testing/fixtures.ts";

const [S1, S2, S3, S4] = fixtureCourse.outcomes.map((o) => o.id) as [string, string, string, string];

function snap(course: Course, steps: (t: FakeTracker) => void = () => undefined) {
  const tracker = new FakeTracker(course);
  steps(tracker);
  return tracker.snapshot();
}

const answerAll = (course: Course) => (t: FakeTracker) => {
  for (const q of course.questions) t.answer(q.id, rightAnswer(course, q.id));
};

describe("pages", () => {
  test("welcome, one section per outcome, the assessment only with feedback at the end, results, certificate", () => {
    expect(flow.pageIds(fixtureCourse)).toEqual(["welcome", S1, S2, S3, S4, "results", "certificate"]);
    expect(flow.pageIds(endModeCourse)).toEqual(["welcome", S1, S2, S3, S4, "assessment", "results", "certificate"]);
    expect(flow.pageKind(fixtureCourse, "assessment")).toBeNull();
    expect(flow.pageKind(fixtureCourse, "nope")).toBeNull();
    expect(flow.sectionNumber(fixtureCourse, S3)).toEqual({ current: 3, total: 4 });
    expect(flow.sectionNumber(fixtureCourse, "results")).toBeNull();
  });
});

describe("moving forward follows the completion rule; moving back is always allowed", () => {
  test("sections open one at a time", () => {
    const s = snap(fixtureCourse, (t) => t.completeSection(S1));
    expect([S1, S2, S3, S4].map((id) => flow.isUnlocked(fixtureCourse, s, id))).toEqual([true, true, false, false]);
    expect(flow.isUnlocked(fixtureCourse, s, "welcome")).toBe(true);
    expect(flow.isUnlocked(fixtureCourse, s, "results")).toBe(false);
    expect(flow.isUnlocked(fixtureCourse, s, "certificate")).toBe(false);
  });

  test("the end assessment opens when every section is done", () => {
    const some = snap(endModeCourse, (t) => [S1, S2, S3].forEach((id) => t.completeSection(id)));
    expect(flow.isUnlocked(endModeCourse, some, "assessment")).toBe(false);
    const all = snap(endModeCourse, (t) => [S1, S2, S3, S4].forEach((id) => t.completeSection(id)));
    expect(flow.isUnlocked(endModeCourse, all, "assessment")).toBe(true);
  });

  test("completion by assessment alone lets the learner go anywhere", () => {
    const course: Course = { ...endModeCourse, completion: "assessment" };
    const s = snap(course);
    expect(flow.pageIds(course).filter((id) => flow.isUnlocked(course, s, id))).toEqual(["welcome", S1, S2, S3, S4, "assessment"]);
  });

  test("results open once submitted (or, with no questions, once read); the certificate once completed and not failed", () => {
    const passed = snap(fixtureCourse, (t) => {
      [S1, S2, S3, S4].forEach((id) => t.completeSection(id));
      answerAll(fixtureCourse)(t);
      t.submitAssessment();
    });
    expect(flow.isUnlocked(fixtureCourse, passed, "results")).toBe(true);
    expect(flow.isUnlocked(fixtureCourse, passed, "certificate")).toBe(true);
    const failed = snap(fixtureCourse, (t) => {
      [S1, S2, S3, S4].forEach((id) => t.completeSection(id));
      t.submitAssessment();
    });
    expect(flow.isUnlocked(fixtureCourse, failed, "certificate")).toBe(false);
    const read = snap(completionOnlyCourse, (t) => [S1, S2, S3, S4].forEach((id) => t.completeSection(id)));
    expect(flow.isUnlocked(completionOnlyCourse, read, "results")).toBe(true);
    expect(flow.isUnlocked(completionOnlyCourse, read, "certificate")).toBe(true);
  });
});

describe("after a section", () => {
  test("the next section, then the assessment (end) or results (per question)", () => {
    expect(flow.afterSection(fixtureCourse, emptySnapshot(), S1)).toEqual({ pageId: S2, submit: false, open: 0 });
    expect(flow.afterSection(endModeCourse, emptySnapshot(), S4)).toEqual({ pageId: "assessment", submit: false, open: 0 });
    expect(flow.afterSection(completionOnlyCourse, emptySnapshot(), S4)).toEqual({ pageId: "results", submit: false, open: 0 });
  });

  test("per question: the last section submits when every question is answered", () => {
    const s = snap(fixtureCourse, answerAll(fixtureCourse));
    expect(flow.afterSection(fixtureCourse, s, S4)).toEqual({ pageId: "results", submit: true, open: 0 });
    const submitted = snap(fixtureCourse, (t) => {
      answerAll(fixtureCourse)(t);
      t.submitAssessment();
    });
    expect(flow.afterSection(fixtureCourse, submitted, S4)).toEqual({ pageId: "results", submit: false, open: 0 });
  });

  test("per question with questions still open: back to the first section that has one", () => {
    const s = snap(fixtureCourse, (t) => t.answer("q-accountable", ["b"]));
    expect(flow.afterSection(fixtureCourse, s, S4)).toEqual({ pageId: S1, submit: false, open: 3 });
    const emptied = snap(fixtureCourse, (t) => {
      answerAll(fixtureCourse)(t);
      t.answer("q-key-tasks", []);
    });
    expect(flow.unanswered(fixtureCourse, emptied).map((q) => q.id)).toEqual(["q-key-tasks"]);
  });
});

describe("resume and retry", () => {
  test("resume at the bookmark when it is open, else at the first section not done", () => {
    const at = (location: string | null, sectionsDone: string[] = []) =>
      flow.resumePage(fixtureCourse, { ...emptySnapshot(), location, sectionsDone });
    expect(at(S2, [S1])).toBe(S2);
    expect(at(S3, [S1])).toBe(S2);
    expect(at("welcome", [S1])).toBe(S2);
    expect(at("somewhere-else")).toBe(S1);
    expect(at(null, [S1, S2, S3, S4])).toBe(S1);
    expect(flow.resumePage(endModeCourse, { ...emptySnapshot(), sectionsDone: [S1, S2, S3, S4] })).toBe("assessment");
  });

  test("a retry starts at the assessment, or at the first section with questions", () => {
    expect(flow.retryPage(endModeCourse)).toBe("assessment");
    expect(flow.retryPage(fixtureCourse)).toBe(S1);
  });
});

test("estimated time: reading at 180 words a minute plus a minute a question, rounded up to 5 minutes", () => {
  expect(flow.estimateMinutes(fixtureCourse)).toBe(5);
  const words = Array.from({ length: 1800 }, () => "word").join(" ");
  const long: Course = { ...fixtureCourse, outcomes: [{ ...fixtureCourse.outcomes[0]!, content: [{ t: "p", c: [{ t: "text", v: words }] }] }] };
  expect(flow.estimateMinutes(long)).toBe(15);
});
