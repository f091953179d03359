import { describe, expect, test } from "vitest";
import { userEvent } from "vitest/browser";
import type { Course } from "@coursepack/course-model";
import type { NavigateDetail } from "../../events.ts";
import { axeViolations, focusedHeading, mount } from "../../testing/dom.ts";
import { FakeTracker } from "../../testing/fake-tracker.ts";
import { completionOnlyCourse, fixtureCourse, rightAnswer } from "../../testing/fixtures.ts";
import { CpResults } from "./results.ts";

/** A real snapshot: every section read, every answer right except `wrong`, submitted `times` times. */
function takeCourse(course: Course, wrong: string[] = [], times = 1) {
  const tracker = new FakeTracker(course);
  for (const o of course.outcomes) tracker.completeSection(o.id);
  for (let i = 0; i < times; i++) {
    if (i > 0) tracker.retry();
    for (const q of course.questions) tracker.answer(q.id, wrong.includes(q.id) ? ["a"] : rightAnswer(course, q.id));
    if (course.questions.length) tracker.submitAssessment();
  }
  return tracker.snapshot();
}

async function results(course: Course, wrong: string[] = [], times = 1): Promise<CpResults> {
  const el = new CpResults();
  el.course = course;
  el.snapshot = takeCourse(course, wrong, times);
  return mount(el, "main", 0);
}

const text = (el: CpResults) => el.renderRoot.textContent?.replace(/\s+/g, " ") ?? "";
const buttons = (el: CpResults) => [...el.renderRoot.querySelectorAll("button")].map((b) => b.textContent?.replace(/\s+/g, " ").trim());
const rows = (el: CpResults) =>
  [...el.renderRoot.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent).join(": "));

describe("cp-results", () => {
  test("a pass: score against the pass mark, every outcome scored, nothing to revisit, the certificate", async () => {
    const el = await results(fixtureCourse);
    expect(text(el)).toContain("Your score: 100%");
    expect(text(el)).toContain("Pass mark: 80%");
    expect(text(el)).toContain("✓ You passed.");
    expect(text(el)).toContain("Attempts used: 1 of 2.");
    expect(rows(el)).toEqual([
      "What is a key worker: 100%",
      "How to establish and hold boundaries: 100%",
      "The organisation's confidentiality policy regarding key work: 100%",
      "How to end the relationship in a healthy way: no questions",
    ]);
    expect(text(el)).toContain("Nothing to revisit: well done.");
    expect(buttons(el)).toEqual(["View certificate"]);
    expect(await axeViolations()).toEqual([]);
  });

  test("not yet passed: what to revisit, what the missed question teaches, and Retry", async () => {
    const el = await results(fixtureCourse, ["q-share"]);
    expect(text(el)).toContain("Your score: 75%");
    expect(text(el)).toContain("✗ You have not passed yet.");
    expect(rows(el)[2]).toBe("The organisation's confidentiality policy regarding key work: 0%");
    expect(text(el)).toContain("You missed: What should you do?");
    expect(text(el)).toContain("Share only with people who need to know.");
    expect(buttons(el)).toEqual(["Revisit section 3: The organisation's confidentiality policy regarding key work", "Retry"]);
    expect(await axeViolations()).toEqual([]);

    const seen: string[] = [];
    document.addEventListener("cp-retry", () => seen.push("retry"));
    document.addEventListener("cp-navigate", (e: CustomEvent<NavigateDetail>) => seen.push(e.detail.pageId));
    for (const b of el.renderRoot.querySelectorAll("button")) await userEvent.click(b);
    expect(seen).toEqual(["confidentiality", "retry"]);
  });

  test("a fractional score shows rounded down, never above what was scored", async () => {
    const el = await results(fixtureCourse);
    el.snapshot = { ...el.snapshot, score: 79.6, outcomeScores: { ...el.snapshot.outcomeScores, "what-is-a-key-worker": 66.67 } };
    await el.updateComplete;
    expect(text(el)).toContain("Your score: 79%");
    expect(rows(el)[0]).toBe("What is a key worker: 66%");
  });

  test("no attempts left: no Retry, and the learner is told who to talk to", async () => {
    const el = await results(fixtureCourse, ["q-share"], 2);
    expect(text(el)).toContain("Attempts used: 2 of 2.");
    expect(buttons(el)).not.toContain("Retry");
    expect(text(el)).toContain("You have used every attempt.");
  });

  test("a completion-only course: completed, no scores, the certificate", async () => {
    const el = await results(completionOnlyCourse);
    expect(text(el)).toContain("You have completed this module.");
    expect(el.renderRoot.querySelector("table")).toBeNull();
    expect(buttons(el)).toEqual(["View certificate"]);
    await el.focusHeading();
    expect(focusedHeading()).toBe("Your results");
    expect(await axeViolations()).toEqual([]);
  });
});
