import { describe, expect, test } from "vitest";
import type { Course } from "@coursepack/course-model";
import { encodeProgress } from "@coursepack/tracking";
import { makeCourse } from "@coursepack/tracking/testing";
import { renderPanel } from "./panel.ts";

const MARKUP = `<img src=x onerror="window.__xss=1"><b>bold</b>`;

/** A course whose texts are all markup: the panel must show them as text. */
function hostileCourse(): Course {
  const course = makeCourse({ outcomes: 2, type: "single" });
  return {
    ...course,
    outcomes: course.outcomes.map((o) => ({ ...o, text: `${o.text} ${MARKUP}` })),
    questions: course.questions.map((q) => ({ ...q, prompt: `${q.prompt} ${MARKUP}`, choices: q.choices.map((c) => ({ ...c, text: `${c.text} ${MARKUP}` })) })),
  };
}

function cmiFor(course: Course) {
  const suspend = encodeProgress(course, { sectionsDone: [course.outcomes[0]!.id], answers: { [course.questions[0]!.id]: ["b"] }, attemptsUsed: 0, submitted: false, completed: false, success: "unknown", bestCorrect: null, bestOutcomeCorrect: {} });
  return {
    core: { lesson_status: "incomplete", lesson_location: MARKUP, score: { raw: "", min: "", max: "" }, entry: "ab-initio", exit: "suspend", session_time: "00:00:10", student_name: MARKUP },
    objectives: { "0": { id: course.outcomes[0]!.id, status: "passed", score: { raw: "100", min: "0", max: "100" } }, "1": { id: course.outcomes[1]!.id, status: "incomplete", score: { raw: "" } } },
    interactions: { "0": { id: course.questions[0]!.id, type: "choice", student_response: "b", result: "correct" } },
    suspend_data: suspend,
  };
}

describe("renderPanel", () => {
  test("shows the LMS's values, objectives and interactions in tables, and the progress in the course's words", () => {
    const course = hostileCourse();
    const target = document.createElement("div");
    renderPanel(target, { version: "1.2", course, cmi: cmiFor(course), totalTime: "00:00:10", empty: "" });
    const rows = [...target.querySelectorAll("table")].map((t) => [t.querySelector("caption")?.textContent, [...t.querySelectorAll("tbody tr")].map((r) => [...r.children].map((c) => c.textContent))]);
    expect(rows).toEqual([
      ["Objectives", [[course.outcomes[0]!.id, "100 (0-100)", "passed"], [course.outcomes[1]!.id, "—", "incomplete"]]],
      ["Interactions", [[course.questions[0]!.id, "choice", "b", "correct"]]],
    ]);
    expect(target.querySelector("#answers li")?.textContent).toBe(`${course.questions[0]!.prompt} ${course.questions[0]!.choices[1]!.text} (right)`);
    expect(target.querySelector("#sections-done li")?.textContent).toBe(course.outcomes[0]!.text);
  });

  test("course text and LMS values are text, never markup", () => {
    const course = hostileCourse();
    const target = document.createElement("div");
    renderPanel(target, { version: "1.2", course, cmi: cmiFor(course), totalTime: "", empty: "" });
    expect(target.querySelectorAll("img, b")).toHaveLength(0);
    expect(target.textContent).toContain(MARKUP);
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
  });

  test("keeps the author's open details across re-renders; says so when there is no data", () => {
    const course = hostileCourse();
    const target = document.createElement("div");
    const input = { version: "1.2" as const, course, cmi: cmiFor(course), totalTime: "", empty: "Nothing yet." };
    renderPanel(target, input);
    target.querySelector<HTMLDetailsElement>("#answers")!.open = true;
    renderPanel(target, input);
    expect(target.querySelector<HTMLDetailsElement>("#answers")!.open).toBe(true);
    expect(target.querySelector<HTMLDetailsElement>("#sections-done")!.open).toBe(false);
    renderPanel(target, { ...input, cmi: null });
    expect(target.textContent).toBe("Nothing yet.");
  });
});
