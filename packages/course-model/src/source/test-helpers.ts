import { parseCourseSource } from "../index.ts";
import type { Diagnostic } from "../types.ts";

/**
 * Shared by the source tests: a small valid course written line by line, so a test can change one line and
 * assert the exact line and column of what it broke.
 */
export const BASE: readonly string[] = [
  "title: Key Working", // 1
  "duration: 1-3 Days", // 2
  "description:", // 3
  "  - A course about key working.", // 4
  "outcomes:", // 5
  "  - id: what-is-a-key-worker", // 6
  "    text: What is a key worker", // 7
  "  - id: holding-boundaries", // 8
  "    text: How to hold boundaries", // 9
  "questions:", // 10
  "  - id: q-role", // 11
  "    outcome: what-is-a-key-worker", // 12
  "    type: single", // 13
  "    prompt: Who is the key worker accountable to?", // 14
  "    choices:", // 15
  "      - text: The team, through supervision", // 16
  "        correct: true", // 17
  "      - text: Only the person", // 18
  "    feedback: { correct: Right., incorrect: Think of supervision. }", // 19
  "  - id: q-gifts", // 20
  "    outcome: holding-boundaries", // 21
  "    type: true-false", // 22
  "    prompt: A small gift is always fine.", // 23
  "    answer: false", // 24
  "    feedback: { correct: Right., incorrect: Check the policy. }", // 25
];

/** BASE with some lines replaced (1-based; a string may hold several lines) and more lines added at the end. */
export function course(changes: Readonly<Record<number, string>> = {}, extra: readonly string[] = []): string {
  return `${[...BASE.map((line, i) => changes[i + 1] ?? line), ...extra].join("\n")}\n`;
}

/** [code, line, column] of every diagnostic, in report order. */
export function found(text: string | Uint8Array, assetExists?: (p: string) => boolean): [string, number | undefined, number | undefined][] {
  return diagnostics(text, assetExists).map((d) => [d.code, d.line, d.column]);
}

export function diagnostics(text: string | Uint8Array, assetExists?: (p: string) => boolean): readonly Diagnostic[] {
  const result = parseCourseSource(text, "course.yaml", assetExists ? { assetExists } : {});
  return result.ok ? result.warnings : result.diagnostics;
}

/** The one diagnostic with `code`; fails the test when there is not exactly one. */
export function only(text: string | Uint8Array, code: string, assetExists?: (p: string) => boolean): Diagnostic {
  const all = diagnostics(text, assetExists);
  const matching = all.filter((d) => d.code === code);
  if (matching.length !== 1) throw new Error(`expected one ${code}, got: ${JSON.stringify(all, null, 1)}`);
  return matching[0]!;
}
