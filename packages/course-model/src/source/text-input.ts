import { error } from "../diagnostics.ts";
import type { Diagnostic } from "../types.ts";
import { SOURCE_CODES } from "./codes.ts";
import { LIMITS } from "./definition.ts";

const MB = (LIMITS.fileBytes / 1024 / 1024).toString();

export const EMPTY_FILE_HINT = "start from `coursepack import <profile.txt>`, or copy a course from courses/";

/**
 * The text of a course.yaml, or why it is not one: too large (checked first, so nothing enormous is parsed),
 * not UTF-8, binary, or empty. A leading byte order mark is dropped.
 */
export function readText(input: string | Uint8Array, file: string): { text: string } | { diagnostics: Diagnostic[] } {
  const size = typeof input === "string" ? utf8Length(input) : input.byteLength;
  if (size > LIMITS.fileBytes) {
    const message = `the file is ${(size / 1024 / 1024).toFixed(1)} MB; a course.yaml may be at most ${MB} MB`;
    return fail(SOURCE_CODES.fileTooLarge, message, { file, line: 1, column: 1 }, "keep images and media as files in the course folder, not inside the YAML");
  }
  const bytes = typeof input === "string" ? undefined : input;
  if (bytes) {
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
      const message = `the file is not UTF-8 text: byte 0x${bytes[bad]!.toString(16).padStart(2, "0")} cannot start or continue a character`;
      return fail(SOURCE_CODES.notUtf8, message, byteLocation(bytes, bad, file), notUtf8Hint(bytes));
    }
  }
  const text = (typeof input === "string" ? input : new TextDecoder("utf-8").decode(input)).replace(/^\uFEFF/, "");
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    const message = "the file contains a NUL character: it looks like a binary file, not YAML";
    return fail(SOURCE_CODES.notUtf8, message, textLocation(text, nul, file), "check that the right file is named: a course.yaml is plain text");
  }
  if (text.trim() === "") return fail(SOURCE_CODES.emptyFile, "the file is empty", { file, line: 1, column: 1 }, EMPTY_FILE_HINT);
  return { text };
}

function fail(code: string, message: string, at: Parameters<typeof error>[2], hint: string): { diagnostics: Diagnostic[] } {
  return { diagnostics: [error(code, message, at, hint)] };
}

function notUtf8Hint(bytes: Uint8Array): string {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return utf16 ? "the file is UTF-16: save it as UTF-8" : "save the file as UTF-8 (in most editors: File > Save with Encoding > UTF-8)";
}

function utf8Length(text: string): number {
  // Every UTF-16 unit is at most 3 UTF-8 bytes: only count exactly when it could matter.
  return text.length * 3 <= LIMITS.fileBytes ? text.length : new TextEncoder().encode(text).byteLength;
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, at most U+10FFFF), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const [length, low, high] = leadByte(bytes[i]!);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return -1;
}

/** Sequence length a lead byte starts, and the range its second byte must fall in (RFC 3629, table 3-7). */
function leadByte(b: number): [number, number, number] {
  if (b < 0x80) return [1, 0, 0];
  if (b < 0xc2) return [0, 0, 0];
  if (b < 0xe0) return [2, 0x80, 0xbf];
  if (b === 0xe0) return [3, 0xa0, 0xbf];
  if (b === 0xed) return [3, 0x80, 0x9f];
  if (b < 0xf0) return [3, 0x80, 0xbf];
  if (b === 0xf0) return [4, 0x90, 0xbf];
  if (b < 0xf4) return [4, 0x80, 0xbf];
  return b === 0xf4 ? [4, 0x80, 0x8f] : [0, 0, 0];
}

function byteLocation(bytes: Uint8Array, offset: number, file: string): { file: string; line: number; column: number } {
  const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
  const line = 1 + bytes.subarray(0, lineStart).filter((b) => b === 0x0a).length;
  const column = 1 + new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset)).length;
  return { file, line, column };
}

function textLocation(text: string, offset: number, file: string): { file: string; line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { file, line: before.split("\n").length, column: offset - lineStart + 1 };
}
