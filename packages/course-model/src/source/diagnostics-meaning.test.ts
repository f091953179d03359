import { describe, expect, it } from "vitest";
import { parseCourseSource, SOURCE_CODES } from "@coursepack/course-model";
import { course, diagnostics, found, only } from "./test-helpers.ts";

const C = SOURCE_CODES;
const at = (d: { line?: number; column?: number }) => [d.line, d.column];

describe("CP401-CP405: ids and references", () => {
  it("CP401 for a course id that is not a safe slug, suggesting one", () => {
    const d = only(course({}, ["id: Key Working!"]), C.courseId);
    expect([...at(d), d.hint]).toEqual([26, 5, "use lower-case letters, digits and single hyphens, e.g. `key-working`"]);
  });

  it("CP401 for a title that gives no id when no `id` is written", () => {
    const d = only(course({ 1: 'title: "???"' }), C.courseId);
    expect([...at(d), d.hint]).toEqual([1, 8, "add an `id:` line with a lower-case slug, e.g. `id: key-working`"]);
  });

  it("CP402 for an outcome or question id outside ID_PATTERN or over 64 characters", () => {
    expect(found(course({ 6: "  - id: 1st outcome", 12: "    outcome: 1st outcome" }))).toEqual([[C.itemId, 6, 9]]);
    expect(only(course({ 6: "  - id: 1st outcome", 12: "    outcome: 1st outcome" }), C.itemId).hint).toMatch(/e\.g\. `n1st-outcome`/);
    const long = `q-${"x".repeat(63)}`;
    expect(found(course({ 11: `  - id: ${long}` }))).toEqual([[C.itemId, 11, 9]]);
  });

  it("CP403 for a duplicate outcome id, at the second, naming the first's line", () => {
    const d = only(course({ 8: "  - id: what-is-a-key-worker", 21: "    outcome: what-is-a-key-worker" }), C.duplicateOutcome);
    expect([...at(d), d.hint]).toEqual([8, 9, "it is first used on line 6; give each outcome its own id"]);
  });

  it("CP404 for a duplicate question id", () => {
    const d = only(course({ 20: "  - id: q-role" }), C.duplicateQuestion);
    expect([...at(d), d.hint]).toEqual([20, 9, "it is first used on line 11; give each question its own id"]);
  });

  it("CP405 for a question tagged to an outcome that does not exist, suggesting the nearest id", () => {
    const d = only(course({ 12: "    outcome: what-is-key-worker" }), C.unknownOutcome);
    expect([...at(d), d.message, d.hint]).toEqual([12, 14, "no outcome has the id `what-is-key-worker`", "did you mean `what-is-a-key-worker`?"]);
    expect(only(course({ 12: "    outcome: safeguarding" }), C.unknownOutcome).hint).toBe("use the `id` of one of the course's outcomes");
  });
});

describe("CP406-CP409: answers", () => {
  it("CP406 for a single-choice question with no or two correct choices", () => {
    expect(found(course({ 17: "" }))).toEqual([[C.singleAnswer, 15, 5]]);
    expect(found(course({ 18: "      - text: Only the person\n        correct: true" }))).toEqual([[C.singleAnswer, 15, 5]]);
    expect(only(course({ 17: "" }), C.singleAnswer).message).toMatch(/this one has 0$/);
  });

  it("CP407 for a multiple-response question with no correct or all correct", () => {
    expect(found(course({ 13: "    type: multiple", 17: "" }))).toEqual([[C.multipleAnswer, 15, 5]]);
    const all = course({ 13: "    type: multiple", 18: "      - text: Only the person\n        correct: true" });
    expect(found(all)).toEqual([[C.multipleAnswer, 15, 5]]);
    expect(only(all, C.multipleAnswer).message).toMatch(/every choice/);
  });

  it("CP408 for true-false without `answer`, with `choices`, and `answer` on other types", () => {
    expect(found(course({ 24: "" }))).toEqual([[C.trueFalse, 20, 5]]);
    expect(found(course({ 24: "    choices: [{ text: Yes }, { text: No, correct: true }]" }))).toEqual([[C.trueFalse, 24, 5]]);
    expect(found(course({ 18: "      - text: Only the person\n    answer: true" }))).toEqual([[C.trueFalse, 19, 5]]);
  });

  it("CP409 for fewer than 2 or more than 10 choices", () => {
    // At the list, which starts with its first `-`.
    expect(found(course({ 18: "" }))).toEqual([[C.choiceCount, 16, 7]]);
    const eleven = Array.from({ length: 10 }, (_, i) => `      - text: Wrong ${i}`).join("\n");
    expect(found(course({ 18: eleven }))).toEqual([[C.choiceCount, 16, 7]]);
    expect(only(course({ 18: eleven }), C.choiceCount).message).toBe("the question has 11 choices; it needs at most 10");
  });
});

describe("CP410-CP412: numbers and days", () => {
  it("CP410 for a pass mark outside 0-100 and negative attempts", () => {
    const d = only(course({}, ["assessment:", "  pass_mark: 120"]), C.outOfRange);
    expect([...at(d), d.message]).toEqual([27, 14, "`assessment.pass_mark` is 120; it must be at most 100"]);
    expect(found(course({}, ["assessment:", "  pass_mark: -5", "  attempts: -1"]))).toEqual([
      [C.outOfRange, 27, 14],
      [C.outOfRange, 28, 13],
    ]);
  });

  it("CP411 for outcome days outside the duration, at the day", () => {
    const d = only(course({ 9: "    text: How to hold boundaries\n    days: [2, 4]" }), C.daysOutsideDuration);
    expect([...at(d), d.message]).toEqual([10, 15, "day count 4 is not one of the course's lengths (1-3 Days: 1, 2, 3)"]);
  });

  it("CP412 for a duration that is not understood", () => {
    const d = only(course({ 2: "duration: 3 Hours" }), C.duration);
    expect([...at(d), d.hint]).toEqual([2, 11, "write it as `Half Day`, `1 Day`, `2 Days` or a range such as `1-3 Days`"]);
  });
});

describe("CP413-CP416: branding and files", () => {
  it("CP413 for colours that are not #rrggbb", () => {
    const text = course({}, ["branding:", "  colours:", '    primary: "#abc"', "    accent: teal"]);
    expect(found(text)).toEqual([
      [C.colour, 28, 14],
      [C.colour, 29, 13],
    ]);
    expect(diagnostics(text)[0]!.hint).toBe("write all six digits: `#aabbcc`");
  });

  it("CP414 warns of text/background and white-on-primary contrast below 4.5:1, and still gives the course", () => {
    const text = course({}, ["branding:", "  colours:", '    primary: "#7fa7e0"', '    text: "#999999"']);
    const result = parseCourseSource(text, "course.yaml");
    expect(result.ok && result.warnings.map((w) => [w.code, w.severity, w.line, w.column])).toEqual([
      [C.contrast, "warning", 28, 14],
      [C.contrast, "warning", 29, 11],
    ]);
  });

  it("CP415 for logo and image paths that leave the folder, are absolute or are URLs", () => {
    for (const logo of ["/etc/logo.png", "../logo.png", "images/../../logo.png", "https://example.org/logo.png", "C:/logo.png", "images\\logo.png"]) {
      expect(found(course({}, ["branding:", `  logo: '${logo}'`])), logo).toEqual([[C.unsafePath, 27, 9]]);
    }
    const image = course({ 7: "    text: What is a key worker\n    content: |\n      Look:\n\n      ![A hoist](file:///etc/hoist.png)" });
    expect(found(image)).toEqual([[C.unsafePath, 11, 18]]);
  });

  it("CP416 for a logo or image that assetExists does not find, only when given", () => {
    const text = course({ 7: "    text: What is a key worker\n    content: '![A hoist](images/hoist.png)'" }, ["branding:", "  logo: images/logo.png"]);
    expect(found(text, () => false)).toEqual([
      [C.missingFile, 8, 26],
      [C.missingFile, 28, 9],
    ]);
    expect(found(text, (p) => p === "images/hoist.png" || p === "images/logo.png")).toEqual([]);
    expect(found(text)).toEqual([]);
  });
});

describe("CP417-CP421: assessment and Markdown", () => {
  it("CP417 warns of an outcome with no question while the course has a pass mark", () => {
    const text = course({ 21: "    outcome: what-is-a-key-worker" });
    const result = parseCourseSource(text, "course.yaml");
    expect(result.ok && result.warnings.map((w) => [w.code, w.line, w.column])).toEqual([[C.outcomeWithoutQuestion, 8, 9]]);
    expect(found(course({ 21: "    outcome: what-is-a-key-worker" }, ["assessment:", "  pass_mark: null"]))).toEqual([]);
  });

  it("CP418 for an empty outcomes list", () => {
    const text = ["title: Key Working", "duration: 1 Day", "description: []", "outcomes: []"].join("\n");
    expect(found(text)).toEqual([[C.noOutcomes, 4, 11]]);
  });

  it("CP419 for a link the player may not follow, at the target", () => {
    const text = course({ 19: "    feedback: { correct: Right., incorrect: 'See [this](javascript:alert(1))' }" });
    expect(found(text)).toEqual([[C.linkNotAllowed, 19, 57]]);
  });

  it("CP420 for an image inside emphasis, a link or a heading", () => {
    expect(found(course({ 14: "    prompt: Who?\n    scenario: '*![Sam](sam.png)*'" }))).toEqual([[C.imageInText, 15, 24]]);
  });

  it("CP421 for a pass mark or an assessed completion in a course without questions", () => {
    const noQuestions = course().split("questions:")[0]!;
    expect(found(`${noQuestions}assessment:\n  pass_mark: 80\ncompletion: assessment\n`)).toEqual([
      [C.assessmentWithoutQuestions, 11, 14],
      [C.assessmentWithoutQuestions, 12, 13],
    ]);
    expect(found(noQuestions)).toEqual([]);
  });
});

describe("every mistake at once", () => {
  it("gives five diagnostics for a file with five mistakes, top to bottom", () => {
    const text = course(
      { 1: "titel: Key Working", 8: "  - id: what-is-a-key-worker", 13: "    type: singel", 21: "    outcome: boundaries" },
      ["branding:", "  colours:", "    primary: navy"],
    );
    expect(found(text)).toEqual([
      [C.unknownKey, 1, 1],
      [C.duplicateOutcome, 8, 9],
      [C.notAllowed, 13, 11],
      [C.unknownOutcome, 21, 14],
      [C.colour, 28, 14],
    ]);
    expect(diagnostics(text).every((d) => d.hint && d.file === "course.yaml")).toBe(true);
  });
});
