import { describe, expect, test } from "vitest";
import { CONTENT_MODULE, joinCourse, splitCourse } from "./course-content.ts";
import { estimateMinutes } from "./flow.ts";
import { completionOnlyCourse, fixtureCourse, packageData, payloadCourse } from "./testing/fixtures.ts";

describe("splitCourse / joinCourse", () => {
  test.each([
    ["the fixture course", fixtureCourse],
    ["a course with every text a payload", payloadCourse()],
    ["a course without questions", completionOnlyCourse],
  ])("%s: the two parts join back into the same package data", (_name, course) => {
    const data = packageData(course);
    const { launch, content } = splitCourse(data);
    expect(joinCourse(launch, content)).toStrictEqual(data);
    // Through JSON too, as the parts travel: the launch page's and the module's text.
    expect(joinCourse(JSON.parse(JSON.stringify(launch)), JSON.parse(JSON.stringify(content)))).toStrictEqual(data);
  });

  test("the outline keeps what the welcome screen and the tracker need, and nothing of the content", () => {
    const { launch } = splitCourse(packageData());
    const { course } = launch;
    expect(launch.content).toBe(CONTENT_MODULE);
    expect(launch.minutes).toBe(estimateMinutes(fixtureCourse));
    const { outcomes, questions, methods, notes, ...rest } = fixtureCourse;
    expect(course).toMatchObject(rest);
    expect(course.outcomes).toEqual(outcomes.map(({ id, text, days }) => ({ id, text, days, content: [] })));
    expect(course.questions).toEqual(
      questions.map(({ id, outcomeId, type, prompt, choices }) => ({
        id, outcomeId, type, prompt,
        choices: choices.map(({ id: choiceId, correct }) => ({ id: choiceId, text: "", correct })),
        feedback: { correct: [], incorrect: [] },
      })),
    );
    expect([course.methods, course.notes]).toEqual([[], []]);
    expect(methods.length).toBeGreaterThan(0);
    expect(notes).toEqual([]);
  });

  test("the content holds every text the outline leaves out", () => {
    const { launch, content } = splitCourse(packageData(payloadCourse()));
    const inline = JSON.stringify(launch);
    for (const q of payloadCourse().questions) {
      for (const c of q.choices) expect(inline).not.toContain(JSON.stringify(c.text));
      expect(inline).toContain(JSON.stringify(q.prompt));
    }
    expect(inline).not.toContain("scenario");
    expect(content.sections).toEqual(payloadCourse().outcomes.map((o) => o.content));
    expect(content.questions.map((q) => "scenario" in q)).toEqual([true, true, true, true]);
    expect(splitCourse(packageData()).content.questions.map((q) => "scenario" in q)).toEqual([true, false, false, true]);
  });

  test("content from another build, or of another shape, is refused", () => {
    const { launch, content } = splitCourse(packageData());
    for (const wrong of [
      null,
      "text",
      { ...content, buildId: "older-build" },
      { ...content, format: 2 },
      { ...content, sections: content.sections.slice(1) },
      { ...content, questions: content.questions.slice(1) },
      { ...content, sections: undefined },
    ]) {
      expect(joinCourse(launch, wrong)).toBeNull();
    }
  });
});
