import { describe, expect, it } from "vitest";
import { SOURCE_CODES } from "@coursepack/course-model";
import { course, diagnostics, found, only } from "./test-helpers.ts";

const C = SOURCE_CODES;

describe("CP301: unknown keys", () => {
  it("points at the key and suggests the nearest allowed one", () => {
    const d = only(course({ 1: "titel: Key Working" }), C.unknownKey);
    expect([d.line, d.column, d.message, d.hint]).toEqual([1, 1, "unknown key `titel`", "did you mean `title`?"]);
  });

  it("reports `titel` once: not also a missing `title`", () => {
    expect(found(course({ 1: "titel: Key Working" }))).toEqual([[C.unknownKey, 1, 1]]);
  });

  it("suggests among the keys allowed at that place, nested too", () => {
    expect(only(course({ 14: "    promt: Who?" }), C.unknownKey)).toMatchObject({ line: 14, column: 5, hint: "did you mean `prompt`?" });
    expect(only(course({ 17: "        corect: true" }), C.unknownKey)).toMatchObject({ line: 17, column: 9, hint: "did you mean `correct`?" });
    expect(only(course({}, ["assessment:", "  pass-mark: 70"]), C.unknownKey)).toMatchObject({ line: 27, column: 3, hint: "did you mean `pass_mark`?" });
  });

  it("says where a key from another level belongs", () => {
    expect(only(course({}, ["pass_mark: 70"]), C.unknownKey).hint).toBe("`pass_mark` belongs under `assessment`");
  });

  it("lists the allowed keys when nothing is close", () => {
    const d = only(course({ 9: "    text: How to hold boundaries\n    colour: red" }), C.unknownKey);
    expect([d.line, d.column]).toEqual([10, 5]);
    expect(d.hint).toBe("keys allowed here: `id`, `text`, `days`, `content`");
  });
});

describe("CP302: missing required keys", () => {
  it("points at the mapping that lacks the key, with what the key is for", () => {
    const d = only(course({ 14: "    # no prompt" }), C.missingKey);
    expect([d.line, d.column, d.message]).toEqual([11, 5, "missing required key `prompt` in `questions[0]`"]);
    expect(d.hint).toBe("add `prompt:` (The question itself.)");
  });

  it("reports every missing top-level key", () => {
    expect(found("title: Key Working\n")).toEqual([
      [C.missingKey, 1, 1],
      [C.missingKey, 1, 1],
      [C.missingKey, 1, 1],
    ]);
    expect(diagnostics("title: Key Working\n").map((d) => d.message)).toEqual([
      "missing required key `duration`",
      "missing required key `description`",
      "missing required key `outcomes`",
    ]);
  });

  it("reports `choices` missing from a single-choice question", () => {
    const text = course({ 15: "", 16: "", 17: "", 18: "" });
    expect(found(text)).toEqual([[C.missingKey, 11, 5]]);
  });
});

describe("CP303: wrong types", () => {
  it.each([
    ["a number for text", { 14: "    prompt: 12" }, 14, 13, "should be text, not the number 12", 'put it in quotes: "12"'],
    ["text for a list", { 3: "description: A course.", 4: "" }, 3, 14, "should be a list, not `A course.`", "write a list: one item per line, each starting with `- `"],
    ["text for true/false", { 24: "    answer: no" }, 24, 13, "should be true or false, not `no`", "write `true` or `false`, without quotes"],
    ["quoted number", { 24: "    answer: false", 17: '        correct: "true"' }, 17, 18, "should be true or false, not `true`", "write `true` or `false`, without quotes"],
    ["a list for a mapping", { 19: "    feedback: [Right., Think.]" }, 19, 15, "should be a mapping (keys with values), not a list", "write its keys on the lines below, indented by two spaces"],
  ])("%s: at the value, saying what was expected and what was found", (_, changes, line, column, message, hint) => {
    const d = only(course(changes as Record<number, string>), C.wrongType);
    expect([d.line, d.column, d.hint]).toEqual([line, column, hint]);
    expect(d.message).toContain(message);
  });

  it("an empty value points at its key", () => {
    const d = only(course({ 1: "title:" }), C.wrongType);
    expect([d.line, d.column, d.message]).toEqual([1, 1, "`title` has no value; expected text"]);
  });

  it("a quoted number where a number belongs says to drop the quotes", () => {
    expect(only(course({}, ["assessment:", '  pass_mark: "70"']), C.wrongType).hint).toBe("write the number without quotes");
  });
});

describe("CP304: values not in the allowed list", () => {
  it("lists the allowed values and suggests the nearest", () => {
    const d = only(course({ 13: "    type: singel" }), C.notAllowed);
    expect([d.line, d.column]).toEqual([13, 11]);
    expect(d.message).toBe("`questions[0].type` must be one of `single`, `multiple`, `true-false`, not `singel`");
    expect(d.hint).toBe("did you mean `single`?");
  });

  it("tells to quote a SCORM version written as a number", () => {
    const d = only(course({}, ["scorm: [1.2, 2004-4]"]), C.notAllowed);
    expect([d.line, d.column, d.hint]).toEqual([26, 9, 'put it in quotes: "1.2"']);
  });
});

describe("CP305-CP308: sizes and forms", () => {
  it("CP305 for a title over 200 characters", () => {
    const d = only(course({ 1: `title: ${"Key Working ".repeat(20)}` }), C.tooLong);
    expect([d.line, d.column, d.message]).toEqual([1, 8, "`title` is 239 characters long; at most 200"]);
  });

  it("CP305 for Markdown content over 20000 characters", () => {
    const d = only(course({ 7: `    text: What is a key worker\n    content: ${"word ".repeat(4001)}` }), C.tooLong);
    expect([d.line, d.column]).toEqual([8, 14]);
    // YAML drops the plain scalar's trailing space: 4001 words of 5 characters, less one.
    expect(d.message).toBe("`outcomes[0].content` is 20004 characters long; at most 20000");
  });

  it("CP307 for empty text and empty lists where something is needed", () => {
    expect(found(course({ 7: '    text: ""' }))).toEqual([[C.emptyValue, 7, 11]]);
    expect(found(course({}, ["scorm: []"]))).toEqual([[C.emptyValue, 26, 8]]);
  });

  it("CP308 for a language tag that is not BCP 47", () => {
    const d = only(course({}, ["language: English (UK)"]), C.badFormat);
    expect([d.line, d.column, d.hint]).toEqual([26, 11, "e.g. `en-GB`, `en`, `cy` or `fr`"]);
  });
});
