import { describe, expect, it } from "vitest";
import { SOURCE_CODES } from "@coursepack/course-model";
import { course, diagnostics, found, only } from "./test-helpers.ts";

const C = SOURCE_CODES;

describe("CP2xx: the file itself", () => {
  it.each([
    ["an empty file", ""],
    ["only blank lines", "\n  \n\n"],
    ["only comments", "# yaml-language-server: $schema=../../schema/course.schema.json\n# nothing yet\n"],
  ])("CP201 for %s, at 1:1", (_, text) => {
    expect(found(text)).toEqual([[C.emptyFile, 1, 1]]);
    expect(only(text, C.emptyFile).hint).toMatch(/coursepack import/);
  });

  it("CP202 for bytes that are not UTF-8, at the line and column of the first bad byte", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("title: Café\nduration: 1 Day\ndes"), 0xe9, ...new TextEncoder().encode("cription: []\n")]);
    expect(found(bytes)).toEqual([[C.notUtf8, 3, 4]]);
    expect(only(bytes, C.notUtf8).message).toMatch(/0xe9/);
  });

  it("CP202 for overlong and surrogate encodings, which TextDecoder would quietly replace", () => {
    expect(found(new Uint8Array([0x61, 0xc0, 0xaf]))).toEqual([[C.notUtf8, 1, 2]]);
    expect(found(new Uint8Array([0x61, 0x62, 0xed, 0xa0, 0x80]))).toEqual([[C.notUtf8, 1, 3]]);
  });

  it("accepts every valid UTF-8 sequence: 2, 3 and 4 bytes", () => {
    const text = 'title: "Café – 日本 🙂"\nduration: 1 Day\ndescription: []\noutcomes:\n  - { id: a, text: A }\n';
    expect(found(new TextEncoder().encode(text))).toEqual([]);
  });

  it("CP202 names UTF-16 in its hint", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x74, 0x00, 0x3a, 0x00]);
    expect(only(utf16, C.notUtf8).hint).toMatch(/UTF-16/);
  });

  it("CP202 for a binary file (NUL), at the NUL", () => {
    expect(found("title: x\nab\u0000c\n")).toEqual([[C.notUtf8, 2, 3]]);
  });

  it("CP203 for each YAML syntax error, at the yaml library's position", () => {
    const text = course({ 4: '  - "A course about key working.' });
    expect(found(text)).toEqual([[C.yamlSyntax, 26, 1]]);
    expect(only(text, C.yamlSyntax).hint).toMatch(/never closed/);
    const two = course({ 7: "    text: What: is a key worker", 14: '    prompt: "Who" is it' });
    expect(found(two)).toEqual([
      [C.yamlSyntax, 7, 11],
      [C.yamlSyntax, 14, 19],
    ]);
    const d = diagnostics(course({ 1: "title: [Key Working" }));
    expect(d.map((x) => [x.code, x.line, x.column])).toEqual([[C.yamlSyntax, 2, 1]]);
    expect(d[0]!.hint).toBeTruthy();
  });

  it("CP203 for a second document, with a hint to remove `---`", () => {
    const d = only(`${course()}---\ntitle: Another\n`, C.yamlSyntax);
    expect([d.line, d.column]).toEqual([26, 1]);
    expect(d.hint).toMatch(/---/);
  });

  it("CP203 for a mapping used as a key", () => {
    expect(found(course({ 1: "? [a, b]\n: Key Working" }))).toEqual([[C.yamlSyntax, 1, 3]]);
  });

  it("CP204 once per tab-indented line, hinting at spaces, without the parser's follow-on errors", () => {
    const text = course({ 7: "\ttext: What is a key worker", 9: "  \t text: How to hold boundaries" });
    expect(found(text)).toEqual([
      [C.tabIndent, 7, 1],
      [C.tabIndent, 9, 1],
    ]);
    expect(only(course({ 7: "\ttext: x" }), C.tabIndent).hint).toMatch(/spaces/);
  });

  it("accepts a tab inside a block scalar's text", () => {
    expect(found(course({}, ["completion: sections-and-assessment", "strings:", "  next: |", "    a\tb"]))).toEqual([]);
  });

  it("CP205 for each duplicate key, at the second one, and goes on to find other mistakes", () => {
    const text = course({ 2: "duration: 1-3 Days\ntitle: Again", 13: "    type: single\n    type: multiple" }, ["colour: red"]);
    expect(found(text)).toEqual([
      [C.duplicateKey, 3, 1],
      [C.duplicateKey, 15, 5],
      [C.unknownKey, 28, 1],
    ]);
  });

  it("CP306 for a file over 2 MB, as text or bytes, before parsing it", () => {
    const big = `title: x\nnotes:\n${"  - a line of notes that goes on and on\n".repeat(60_000)}`;
    expect(found(big)).toEqual([[C.fileTooLarge, 1, 1]]);
    expect(found(new TextEncoder().encode(big))).toEqual([[C.fileTooLarge, 1, 1]]);
    expect(only(big, C.fileTooLarge).message).toMatch(/2 MB/);
  });
});
