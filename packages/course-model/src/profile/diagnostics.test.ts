import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../index.ts";
import { importProfile } from "../index.ts";
import { PROFILES_DIR } from "../../../../tests/fixtures/profiles.ts";

const FILE = "courses/p.txt";
const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
const join = (...lines: string[]): string => lines.join("\n");
const GOOD_END = ["About the course.", "Learning outcomes", "\u2022 One outcome"];

/** Every diagnostic of a failed import as [code, severity, file, line]; fails the test when the import succeeds. */
function failure(input: string | Uint8Array): { found: (string | number | undefined)[][]; all: readonly Diagnostic[] } {
  const result = importProfile(input, FILE);
  if (result.ok) throw new Error("expected the import to fail");
  return { found: result.diagnostics.map((d) => [d.code, d.severity, d.file, d.line]), all: result.diagnostics };
}

function warnings(input: string): (string | number | undefined)[][] {
  const result = importProfile(input, FILE);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.warnings.map((d) => [d.code, d.severity, d.file, d.line]);
}

describe("unusable input", () => {
  it.each<[string, string | Uint8Array, string, number | undefined]>([
    ["no bytes", new Uint8Array(), "CP101", undefined],
    ["an empty string", "", "CP101", undefined],
    ["only a byte order mark", new Uint8Array([0xef, 0xbb, 0xbf]), "CP101", undefined],
    ["only blank lines, tabs and no-break spaces", " \n\t\r\n\u00a0\n", "CP102", undefined],
    ["a NUL byte (a Word .docx, say)", new Uint8Array([0x50, 0x4b, 0x0a, 0x0a, 0x41, 0x00, 0x42]), "CP103", 3],
    ["a PDF", enc("%PDF-1.7\n1 0 obj\n"), "CP103", 1],
    ["mostly control characters", enc("ab\n\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008"), "CP103", 2],
    ["UTF-16 text", new Uint8Array([0xff, 0xfe, 0x43, 0x00]), "CP103", 1],
    ["Windows-1252 curly apostrophe on line 3", new Uint8Array([...enc("Course Profile\nCourse Profile: A (1 Day)\nIt"), 0x92, ...enc("s\n")]), "CP104", 3],
    ["a bad byte after CRLF and lone CR lines", new Uint8Array([...enc("a\r\nb\rc\n"), 0xc3, 0x28]), "CP104", 4],
    ["a truncated UTF-8 sequence at the end", new Uint8Array([...enc("a\nb "), 0xe2, 0x80]), "CP104", 2],
    ["a UTF-8 encoded surrogate", new Uint8Array([0x61, 0xed, 0xa0, 0x80]), "CP104", 1],
  ])("%s -> %s", (_name, input, code, line) => {
    const { found, all } = failure(input);
    expect(found).toEqual([[code, "error", FILE, line]]);
    expect(all[0]?.hint).toBeTruthy();
  });
});

describe("profile errors", () => {
  it("CP105: no title line, reported where the title should be", () => {
    const { found, all } = failure(join("Course Profile", "", "Key Working", ...GOOD_END));
    expect(found).toEqual([["CP105", "error", FILE, 3]]);
    expect(all[0]?.hint).toContain('"Course Profile: Title (1 Day)"');
  });

  it("CP105: a title line with no title", () => {
    expect(failure(join("Course Profile: (1 Day)", ...GOOD_END)).found).toEqual([["CP105", "error", FILE, 1]]);
  });

  it("CP106: no duration, with the title form in the hint", () => {
    const { found, all } = failure(join("Course Profile", "Course Profile: Key Working", ...GOOD_END));
    expect(found).toEqual([["CP106", "error", FILE, 2]]);
    expect(all[0]?.hint).toContain('"Course Profile: Title (1 Day)"');
  });

  it.each([
    ["(3 Hours)", "Course Profile: Key Working (3 Hours)", 1],
    ["(Days)", "Course Profile: Key Working (Days)", 1],
    ["(0 Days)", "Course Profile: Key Working (0 Days)", 1],
    ["(3-1 Days)", "Course Profile: Key Working (3-1 Days)", 1],
  ])("CP107: unknown duration wording %s", (_name, title, line) => {
    const { found, all } = failure(join(title, ...GOOD_END));
    expect(found).toEqual([["CP107", "error", FILE, line]]);
    expect(all[0]?.hint).toContain("1-3 Days");
  });

  it("CP107: unknown wording on a duration line", () => {
    expect(failure(join("Course Profile: Key Working", "Duration: a fortnight", ...GOOD_END)).found).toEqual([
      ["CP107", "error", FILE, 2],
    ]);
  });

  it("CP108: no learning outcomes heading at all (bullets in the description are not outcomes)", () => {
    expect(failure(join("Course Profile: Key Working (1 Day)", "About.", "\u2022 Not an outcome")).found).toEqual([
      ["CP108", "error", FILE, undefined],
    ]);
  });

  it("CP108: a heading followed by text but no bullets, the text kept with CP120 warnings", () => {
    const { found } = failure(join("Course Profile: Key Working (1 Day)", "Learning outcomes", "What a key worker is"));
    expect(found).toEqual([
      ["CP108", "error", FILE, 2],
      ["CP120", "warning", FILE, 3],
    ]);
  });

  it("CP109: a file cut short after the outcomes heading", () => {
    const input = readFileSync(new URL("./fixtures/truncated.txt", import.meta.url));
    expect(failure(input).found).toEqual([["CP109", "error", FILE, 6]]);
    expect(failure(join("Course Profile: Key Working (1 Day)", "Learning outcomes", "", "")).found).toEqual([
      ["CP109", "error", FILE, 2],
    ]);
  });

  it("CP110: a marker naming day counts the course does not run for", () => {
    const input = join("Course Profile: Key Working (1 Day)", "Learning outcomes", "\u2022 One", "\u2022 Two (2 & 3 day courses only)");
    const { found, all } = failure(input);
    expect(found).toEqual([["CP110", "error", FILE, 4]]);
    expect(all[0]?.message).toBe("the marker names 2 and 3 days, but the course runs for 1 day");
  });

  it("CP111: a marker whose day counts cannot be read, or with no outcome text", () => {
    const input = join("Course Profile: Key Working (1-3 Days)", "Learning outcomes", "\u2022 One (long day courses only)", "\u2022 (2 day course only)");
    expect(failure(input).found).toEqual([
      ["CP111", "error", FILE, 3],
      ["CP111", "error", FILE, 4],
    ]);
  });

  it("CP112: a day count that no outcome is left for", () => {
    const input = join("Course Profile: Key Working (1-2 Days)", "Learning outcomes", "\u2022 One (2 day course only)");
    const { found, all } = failure(input);
    expect(found).toEqual([["CP112", "error", FILE, 3]]);
    expect(all[0]?.message).toMatch(/the 1 day course/);
  });

  it("reports every problem at once, sorted by line, and gives no course", () => {
    const input = join("Intro line", "Course Profile: Key Working", "Learning outcomes", "Plain line");
    expect(failure(input).found).toEqual([
      ["CP120", "warning", FILE, 1],
      ["CP106", "error", FILE, 2],
      ["CP108", "error", FILE, 3],
      ["CP120", "warning", FILE, 4],
    ]);
  });
});

describe("warnings (the course is still imported)", () => {
  it("CP120: each line kept in notes", () => {
    expect(warnings(join("Course Profile: A (1 Day)", ...GOOD_END, "Certificate issued"))).toEqual([["CP120", "warning", FILE, 5]]);
  });

  it("CP121: a duration line that disagrees with the title (the title wins)", () => {
    const input = join("Course Profile: A (1 Day)", "Duration: 2 Days", ...GOOD_END);
    expect(warnings(input)).toEqual([["CP121", "warning", FILE, 2]]);
    const result = importProfile(input, FILE);
    expect(result.ok && result.value.duration).toEqual({ label: "1 Day", days: [1] });
  });

  it("CP122: the same outcome twice (both kept, the second id made unique)", () => {
    const input = join("Course Profile: A (1 Day)", "Learning outcomes", "\u2022 One", "\u2022 one");
    expect(warnings(input)).toEqual([["CP122", "warning", FILE, 4]]);
    const result = importProfile(input, FILE);
    expect(result.ok && result.value.outcomes.map((o) => o.id)).toEqual(["one", "one-2"]);
  });

  it("CP123: a title with no letters for an id", () => {
    const input = join("Course Profile: \u30b1\u30a2 (1 Day)", ...GOOD_END);
    expect(warnings(input)).toEqual([["CP123", "warning", FILE, 1]]);
    const result = importProfile(input, FILE);
    expect(result.ok && result.value.id).toBe("course");
  });

  it("every diagnostic carries a hint", () => {
    const input = join("Intro line", "Course Profile: Key Working", "Learning outcomes", "Plain line");
    expect(failure(input).all.every((d) => typeof d.hint === "string" && d.hint.length > 0)).toBe(true);
  });
});

describe("never throws: every input gives a course or diagnostics", () => {
  const real = readFileSync(`${PROFILES_DIR}/key-working.txt`);

  it("the real profile cut at every byte", () => {
    for (let end = 0; end <= real.length; end += 7) {
      const result = importProfile(real.subarray(0, end), FILE);
      const list = result.ok ? result.warnings : result.diagnostics;
      expect(list.every((d) => /^CP1\d\d$/.test(d.code) && d.file === FILE && d.hint)).toBe(true);
      if (!result.ok) expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
    }
  });

  it("random bytes and random edits of the real profile (seeded)", () => {
    let seed = 42;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 300; i++) {
      const noise = Uint8Array.from({ length: next(400) }, () => next(256));
      const edited = Uint8Array.from(real);
      for (let k = 0; k < 5; k++) edited[next(edited.length)] = next(128);
      for (const input of [noise, edited]) {
        const result = importProfile(input, FILE);
        expect(result.ok ? result.value.outcomes.length > 0 : result.diagnostics.length > 0).toBe(true);
      }
    }
  });
});

describe("binary files recognised by their first bytes", () => {
  it.each([
    ["a PDF whose second line is binary", [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a], /PDF/],
    ["a .docx (zip)", [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], /Word document or zip/],
    ["an old .doc", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], /old Word document/],
  ])("%s is CP103 at line 1, not an encoding error", (_name, bytes, says) => {
    const result = importProfile(new Uint8Array(bytes), "p.txt");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: "CP103", file: "p.txt", line: 1 });
    expect(result.diagnostics[0]!.message).toMatch(says);
  });
});

describe("course.yaml's size limits apply to profiles too", () => {
  const profile = (title: string, outcome: string) =>
    `Course Profile: ${title} (1 Day)\nAbout the course.\nLearning outcomes\n\u2022 ${outcome}\n`;

  it("refuses a title over 200 characters at its line (CP305)", () => {
    const result = importProfile(profile("T".repeat(201), "An outcome"), "p.txt");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: "CP305", line: 1 }));
  });

  it("refuses an outcome over 20,000 characters at its line (CP305)", () => {
    const result = importProfile(profile("Title", "x".repeat(20_001)), "p.txt");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: "CP305", line: 4 }));
  });

  it("refuses a file over 2 MB (CP306) and accepts one just under the limits", () => {
    const big = importProfile(profile("Title", "An outcome") + "word ".repeat(450_000), "p.txt");
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.diagnostics[0]).toMatchObject({ code: "CP306" });
    expect(importProfile(profile("T".repeat(200), "y".repeat(20_000)), "p.txt").ok).toBe(true);
  });
});
