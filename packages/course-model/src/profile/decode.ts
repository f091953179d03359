import { error } from "../diagnostics.ts";
import type { Diagnostic, Result } from "../types.ts";
import { CODES } from "./codes.ts";

const SAVE_AS_TEXT = "save the course profile as plain text (.txt) in UTF-8 and import that file";
// C0 and C1 control characters other than tab, line feed, form feed and carriage return: text editors never
// write them, binary files are full of them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

/**
 * Bytes or text to one string, or the reason the input is not a text profile. A leading UTF-8 byte order
 * mark is dropped here (Windows Notepad writes one), so nothing later has to know about it.
 */
export function decodeProfile(input: string | Uint8Array, file: string): Result<string> {
  const fail = (d: Diagnostic): Result<string> => ({ ok: false, diagnostics: [d] });
  const text = typeof input === "string" ? input.replace(/^\uFEFF/, "") : decodeBytes(input, file);
  if (typeof text !== "string") return fail(text);
  if (text === "") {
    return fail(error(CODES.empty, "the course profile is empty", { file }, "export the profile again: the file has no text"));
  }
  const binaryAt = binaryLine(text);
  if (binaryAt !== null) {
    return fail(error(CODES.binary, "the course profile is binary data, not text", { file, line: binaryAt }, SAVE_AS_TEXT));
  }
  if (text.replace(/[\s\u200b\ufeff]/g, "") === "") {
    return fail(error(CODES.whitespaceOnly, "the course profile has only blank lines", { file }, "paste the profile text into the file"));
  }
  return { ok: true, value: text, warnings: [] };
}

/** Files that are never text, recognised by their first bytes before decoding (a PDF's line 2 is binary). */
const MAGIC: readonly (readonly [string, readonly number[]])[] = [
  ["a PDF", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["a Word document or zip", [0x50, 0x4b, 0x03, 0x04]],
  ["an old Word document", [0xd0, 0xcf, 0x11, 0xe0]],
];

function decodeBytes(bytes: Uint8Array, file: string): string | Diagnostic {
  const magic = MAGIC.find(([, head]) => head.every((b, i) => bytes[i] === b));
  if (magic) return error(CODES.binary, `the course profile is binary data (${magic[0]}), not text`, { file, line: 1 }, SAVE_AS_TEXT);
  if (isUtf16(bytes)) {
    return error(CODES.binary, "the course profile is UTF-16 text, not UTF-8", { file, line: 1 }, SAVE_AS_TEXT);
  }
  try {
    // fatal: a wrong byte must be reported, not turned into "\uFFFD" in a learning outcome.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const line = at < 0 ? undefined : lineOfByte(bytes, at);
    return error(
      CODES.invalidUtf8,
      "the course profile is not valid UTF-8 (perhaps Windows-1252 from Word)",
      { file, ...(line === undefined ? {} : { line }) },
      SAVE_AS_TEXT,
    );
  }
}

function isUtf16(bytes: Uint8Array): boolean {
  const [a, b] = bytes;
  return (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
}

/** The line of the first NUL byte, or of a file where more than 1 character in 10 is a control character. */
function binaryLine(text: string): number | null {
  const nul = text.indexOf("\u0000");
  if (nul >= 0) return lineOfIndex(text, nul);
  if (text.startsWith("%PDF-")) return 1;
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls * 10 > text.length) return lineOfIndex(text, text.search(CONTROL));
  return null;
}

/** 1-based line of a character index; CRLF, LF and a lone CR each end a line, as in every editor. */
function lineOfIndex(text: string, index: number): number {
  return (text.slice(0, index).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** Offset of the first byte that starts no valid UTF-8 sequence (RFC 3629 section 4), or -1. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const size = sequenceSize(bytes, i);
    if (size === 0) return i;
    i += size;
  }
  return -1;
}

function sequenceSize(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  if (lead < 0x80) return 1;
  const size = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (size === 0) return 0;
  // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  const second = bytes[i + 1] ?? -1;
  if (second < low || second > high) return 0;
  for (let k = 2; k < size; k++) {
    const next = bytes[i + k] ?? -1;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return size;
}
